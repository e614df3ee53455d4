package org.scaleplan.access.testapp;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.scaleplan.access.AccessPolicy;
import org.scaleplan.access.Role;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A service as the access library sees one: a few routes for each role, and its policy. */
@SpringBootApplication
public class AccessTestApplication {

    @Bean
    AccessPolicy accessPolicy() {
        return AccessPolicy.builder()
                .rule(GET, "/v1/systems/{system}/things", Role.VIEWER, "read")
                .rule(POST, "/v1/systems/{system}/things", Role.OPERATOR, "write")
                .rule(POST, "/v1/admin/things", Role.ADMIN, "admin")
                .rule(POST, "/v1/ingest", Role.INGEST, "ingest")
                .rule(GET, "/v1/things", Role.VIEWER, "read")
                // a route class without a limit of its own, so it gets the default one
                .rule(GET, "/v1/exports", Role.VIEWER, "export")
                .build();
    }
}
