package org.scaleplan.cost;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PUT;

import org.scaleplan.access.AccessPolicy;
import org.scaleplan.access.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CostServiceAccess {

    @Bean
    AccessPolicy accessPolicy() {
        return AccessPolicy.builder()
                .rule(GET, "/v1/systems/{system}/cost", Role.VIEWER, "read")
                .rule(GET, "/v1/systems/{system}/budget", Role.VIEWER, "read")
                .rule(PUT, "/v1/systems/{system}/budget", Role.ADMIN, "admin")
                .rule(DELETE, "/v1/systems/{system}/budget", Role.ADMIN, "admin")
                .build();
    }
}
