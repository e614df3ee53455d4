package org.scaleplan.ingest;

import static org.springframework.http.HttpMethod.POST;

import org.scaleplan.access.AccessPolicy;
import org.scaleplan.access.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may call what on metrics-ingest: writing metrics needs the ingest role. */
@Configuration(proxyBeanMethods = false)
class MetricsIngestAccess {

    @Bean
    AccessPolicy accessPolicy() {
        return AccessPolicy.builder()
                .rule(POST, "/v1/metrics", Role.INGEST, "ingest")
                .rule(POST, "/api/v1/write", Role.INGEST, "ingest")
                .build();
    }
}
