package org.scaleplan.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.scaleplan.access.AccessPolicy;
import org.scaleplan.access.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may call what on security-service. Anything not listed needs an admin key. */
@Configuration(proxyBeanMethods = false)
class SecurityServiceAccess {

    @Bean
    AccessPolicy accessPolicy() {
        return AccessPolicy.builder()
                .rule(POST, "/v1/api-keys", Role.ADMIN, "admin")
                .rule(GET, "/v1/api-keys", Role.ADMIN, "admin")
                .rule(DELETE, "/v1/api-keys/{keyId}", Role.ADMIN, "admin")
                .rule(GET, "/v1/audit", Role.ADMIN, "admin")
                .rule(GET, "/v1/decisions", Role.VIEWER, "read")
                .rule(GET, "/v1/decisions/stream", Role.VIEWER, "read")
                .rule(POST, "/v1/decisions", Role.ADMIN, "admin")
                .rule(DELETE, "/v1/decisions/{decisionId}", Role.ADMIN, "admin")
                .build();
    }
}
