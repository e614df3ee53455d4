package org.scaleplan.evaluator;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.scaleplan.access.AccessPolicy;
import org.scaleplan.access.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PhaseEvaluatorAccess {

    @Bean
    AccessPolicy accessPolicy() {
        return AccessPolicy.builder()
                .rule(GET, "/v1/systems/{system}/phase", Role.VIEWER, "read")
                .rule(GET, "/v1/rules", Role.VIEWER, "read")
                .rule(POST, "/v1/rules/check", Role.VIEWER, "read")
                .rule(POST, "/v1/rules/reload", Role.ADMIN, "admin")
                .build();
    }
}
