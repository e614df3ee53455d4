package org.scaleplan.incident;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.scaleplan.access.AccessPolicy;
import org.scaleplan.access.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IncidentServiceAccess {

    @Bean
    AccessPolicy accessPolicy() {
        return AccessPolicy.builder()
                .rule(GET, "/v1/incidents", Role.VIEWER, "read")
                .rule(GET, "/v1/incidents/{id}", Role.VIEWER, "read")
                .rule(POST, "/v1/incidents/{id}/acknowledge", Role.OPERATOR, "write")
                .rule(POST, "/v1/incidents/{id}/resolve", Role.OPERATOR, "write")
                .rule(POST, "/v1/incidents/{id}/approve", Role.OPERATOR, "write")
                .rule(POST, "/v1/integrations/alertmanager", Role.INGEST, "ingest")
                .rule(GET, "/v1/runbooks", Role.VIEWER, "read")
                .rule(POST, "/v1/runbooks/check", Role.VIEWER, "read")
                .rule(POST, "/v1/runbooks/reload", Role.ADMIN, "admin")
                .build();
    }
}
