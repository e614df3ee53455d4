package org.scaleplan.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
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
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ServiceProperties.class)
class IncidentServiceBindingsIT {

    private static final BindingChecks checks = new BindingChecks(Infrastructure.kafkaBootstrapServers(), "incident-service");

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
    void consumesAlertsAndDeadLettersPoison() {
        checks.consumesAndDeadLettersPoison(port, SampleEvents.alertFiring("shop-prod"));
    }

    @Test
    void consumesSecurityEventsAndDeadLettersPoison() {
        checks.consumesAndDeadLettersPoison(port, SampleEvents.securityIncidentDetected("shop-prod"));
    }

    @Test
    void consumesCostEventsAndDeadLettersPoison() {
        checks.consumesAndDeadLettersPoison(port, SampleEvents.budgetThresholdCrossed("shop-prod"));
    }

    @Test
    void consumesPhaseChangesAndDeadLettersPoison() {
        checks.consumesAndDeadLettersPoison(port, SampleEvents.phaseChanged("shop-prod"));
    }

    @Test
    void publishesIncidentEventsKeyedBySystemWithCloudEventsHeaders() {
        checks.publishes(publisher::publish, SampleEvents.incidentOpened("shop-prod"));
        checks.publishes(publisher::publish, SampleEvents.runbookStepStarted("shop-prod"));
        checks.publishes(publisher::publish, SampleEvents.actionRequested("shop-prod"));
    }

    @Test
    void refusesToWriteATopicItDoesNotOwn() {
        assertThatThrownBy(() -> publisher.publish(SampleEvents.alertFiring("shop-prod")))
                .hasMessageContaining("may not publish");
    }

    @Test
    void publishesHealthWithTheKafkaBinderMetricsAndOpenApi() {
        // The folds are UP once their views caught up with the topics, a moment after start.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(checks.get(port, "/actuator/health"))
                .contains("\"binders\"", "\"incidentEngine\"", "\"incidentLog\"", "\"metricsTail\"")
                .contains("\"status\":\"UP\"").doesNotContain("OUT_OF_SERVICE"));
        assertThat(checks.get(port, "/actuator/prometheus")).contains("jvm_memory_used_bytes");
        assertThat(checks.get(port, "/v3/api-docs")).contains("\"openapi\"");
    }

    @Test
    void answersEveryEndpointForEveryRoleAndScopeAsTheRoleTableSays() {
        List<Endpoint> endpoints = new ArrayList<>(AccessMatrix.SERVICE_ENDPOINTS);
        endpoints.add(Endpoint.of("GET", "/v1/incidents", "viewer", 200));
        endpoints.add(Endpoint.of("GET", "/v1/incidents/inc-unknown", "viewer", 404));
        endpoints.add(Endpoint.of("POST", "/v1/incidents/inc-unknown/acknowledge", "operator", 404));
        endpoints.add(Endpoint.of("POST", "/v1/integrations/alertmanager", "ingest", 200)
                .withBody("{\"version\": \"4\", \"alerts\": [{\"status\": \"firing\", \"labels\": "
                        + "{\"system\": \"{system}\", \"alertname\": \"Matrix\"}, "
                        + "\"startsAt\": \"2026-11-27T10:00:00Z\", \"fingerprint\": \"matrix\"}]}")
                .outOfScopeAnswer(400));
        endpoints.add(Endpoint.of("GET", "/v1/runbooks", "viewer", 200));
        endpoints.add(Endpoint.of("POST", "/v1/runbooks/check", "viewer", 200).withBody("id: x"));
        endpoints.add(Endpoint.of("POST", "/v1/runbooks/reload", "admin", 200));
        new AccessMatrix(port, this::key).check(endpoints);
    }

    private String key(String role, List<String> systems) {
        String secret = ApiKeySecrets.generate();
        keys.put(ApiKeySecrets.hash(secret), new StoredKey("key_" + role, role, Set.of(Role.parse(role)),
                Set.copyOf(systems), null));
        return secret;
    }
}
