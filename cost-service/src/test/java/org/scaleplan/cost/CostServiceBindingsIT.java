package org.scaleplan.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.scaleplan.access.ApiKeySecrets;
import org.scaleplan.access.KeyStore;
import org.scaleplan.access.Role;
import org.scaleplan.access.StoredKey;
import org.scaleplan.contracts.EventIds;
import org.scaleplan.contracts.cost.Basis;
import org.scaleplan.contracts.cost.BudgetSet;
import org.scaleplan.contracts.cost.CostProjected;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.contracts.phase.Direction;
import org.scaleplan.contracts.phase.PhaseChanged;
import org.scaleplan.messaging.EventPublisher;
import org.scaleplan.testsupport.AccessMatrix;
import org.scaleplan.testsupport.AccessMatrix.Endpoint;
import org.scaleplan.testsupport.AdminHttp;
import org.scaleplan.testsupport.BindingChecks;
import org.scaleplan.testsupport.Infrastructure;
import org.scaleplan.testsupport.KafkaProbe;
import org.scaleplan.testsupport.SampleEvents;
import org.scaleplan.testsupport.ServiceProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ServiceProperties.class)
@DirtiesContext
class CostServiceBindingsIT {

    private static final BindingChecks checks =
            new BindingChecks(Infrastructure.kafkaBootstrapServers(), "cost-service");
    private static final KafkaProbe probe = new KafkaProbe(Infrastructure.kafkaBootstrapServers());

    @Autowired
    EventPublisher publisher;

    @Autowired
    KeyStore keys;

    @LocalServerPort
    int port;

    @AfterAll
    static void closeProbes() {
        checks.close();
        probe.close();
    }

    @Test
    void consumesSamplesAndDeadLettersPoison() {
        checks.consumesAndDeadLettersPoison(port, SampleEvents.metricSample("shop-prod"));
    }

    @Test
    void passesOverSamplesOfMetricsItDoesNotReadUndecoded() {
        checks.passesOverSamplesOfMetricsItDoesNotRead("http_error_ratio");
    }

    @Test
    void consumesPhaseChangesAndDeadLettersPoison() {
        checks.consumesAndDeadLettersPoison(port, SampleEvents.phaseChanged("shop-prod"));
    }

    @Test
    void publishesItsProjectionsKeyedBySystemWithCloudEventsHeaders() {
        PhaseChanged change = new PhaseChanged(UUID.randomUUID(), Instant.parse("2026-11-27T10:00:00Z"),
                "bindings-" + UUID.randomUUID(), 1, 2, "Growth", Direction.UP, 1_200, List.of(), List.of());
        // Phase 2 runs on the infrastructure of phases 1 and 2 of the shipped model (645 USD), with no usage yet.
        CostProjected expected = new CostProjected(EventIds.of("cost-projected", change.eventId()),
                change.occurredAt(), change.system(), 2, new BigDecimal("645.00"), new BigDecimal("0.5375"), null,
                null, List.of(change.eventId()));

        checks.publishes(decision -> probe.send(change), expected);
    }

    @Test
    void publishesBudgetsKeyedBySystemWithCloudEventsHeaders() {
        checks.publishes(publisher::publish, new BudgetSet(UUID.randomUUID(), Instant.now(), "bindings-budget",
                new BigDecimal("500"), List.of(80), List.of(Basis.ACTUAL), "admin"));
    }

    @Test
    void refusesToWriteATopicItDoesNotOwn() {
        assertThatThrownBy(() -> publisher.publish(SampleEvents.metricSample("shop-prod")))
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
        Instant now = Instant.now();
        probe.send(new MetricSample(UUID.randomUUID(), now, AccessMatrix.SYSTEM, "cost_usd_total",
                Map.of("category", "server"), 10, now));
        assertThat(AdminHttp.put(port, "/v1/systems/" + AccessMatrix.SYSTEM + "/budget", "{\"monthlyUsd\": 100}")
                .statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).until(() -> AdminHttp.get(port, "/v1/systems/" + AccessMatrix.SYSTEM
                + "/cost").statusCode() == 200);
        List<Endpoint> endpoints = new ArrayList<>(AccessMatrix.SERVICE_ENDPOINTS);
        endpoints.add(Endpoint.of("GET", "/v1/systems/{system}/cost", "viewer", 200));
        endpoints.add(Endpoint.of("PUT", "/v1/systems/{system}/budget", "admin", 200)
                .withBody("{\"monthlyUsd\": 200}"));
        endpoints.add(Endpoint.of("GET", "/v1/systems/{system}/budget", "viewer", 200));
        endpoints.add(Endpoint.of("DELETE", "/v1/systems/{system}/budget", "admin", 204));
        new AccessMatrix(port, this::key).check(endpoints);
    }

    private String key(String role, List<String> systems) {
        String secret = ApiKeySecrets.generate();
        keys.put(ApiKeySecrets.hash(secret), new StoredKey("key_" + role, role, Set.of(Role.parse(role)),
                Set.copyOf(systems), null));
        return secret;
    }
}
