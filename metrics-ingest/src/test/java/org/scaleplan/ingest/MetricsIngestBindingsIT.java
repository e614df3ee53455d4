package org.scaleplan.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.scaleplan.access.ApiKeySecrets;
import org.scaleplan.access.KeyStore;
import org.scaleplan.access.Role;
import org.scaleplan.access.StoredKey;
import org.scaleplan.messaging.EventPublisher;
import org.scaleplan.testsupport.AccessMatrix;
import org.scaleplan.testsupport.AccessMatrix.Endpoint;
import org.scaleplan.testsupport.BindingChecks;
import org.scaleplan.testsupport.Infrastructure;
import org.scaleplan.testsupport.SampleEvents;
import org.scaleplan.testsupport.ServiceProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ServiceProperties.class)
class MetricsIngestBindingsIT {

    private static final BindingChecks checks = new BindingChecks(Infrastructure.kafkaBootstrapServers(), "metrics-ingest");

    @Autowired
    EventPublisher publisher;

    @Autowired
    KeyStore keys;

    @LocalServerPort
    int port;

    @AfterAll
    static void closeProbe() {
        checks.close();
    }


    @Test
    void publishesSamplesKeyedBySystemWithCloudEventsHeaders() {
        checks.publishes(publisher::publish, SampleEvents.metricSample("shop-prod"));
    }

    @Test
    void refusesToWriteATopicItDoesNotOwn() {
        assertThatThrownBy(() -> publisher.publish(SampleEvents.phaseChanged("shop-prod")))
                .hasMessageContaining("may not publish");
    }

    @Test
    void publishesHealthWithTheKafkaBinderMetricsAndOpenApi() {
        assertThat(checks.get(port, "/actuator/health")).contains("\"binders\"").contains("\"status\":\"UP\"");
        assertThat(checks.get(port, "/actuator/prometheus")).contains("jvm_memory_used_bytes");
        assertThat(checks.get(port, "/v3/api-docs")).contains("\"openapi\"");
    }

    @Test
    void answersEveryEndpointForEveryRoleAndScopeAsTheRoleTableSays() {
        List<Endpoint> endpoints = new ArrayList<>(AccessMatrix.SERVICE_ENDPOINTS);
        endpoints.add(Endpoint.of("POST", "/v1/metrics", "ingest", 200)
                .withBody("{\"system\": \"{system}\", \"samples\": [{\"name\": \"up\", \"value\": 1}]}"));

        int calls = new AccessMatrix(port, this::key).check(endpoints);

        System.out.println("metrics-ingest access matrix: " + calls + " calls as expected");
    }

    private String key(String role, List<String> systems) {
        String secret = ApiKeySecrets.generate();
        keys.put(ApiKeySecrets.hash(secret), new StoredKey("key_" + role, role, Set.of(Role.parse(role)),
                Set.copyOf(systems), null));
        return secret;
    }
}
