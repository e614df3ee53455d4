package org.scaleplan.evaluator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.scaleplan.access.ApiKeySecrets;
import org.scaleplan.access.KeyStore;
import org.scaleplan.access.Role;
import org.scaleplan.access.StoredKey;
import org.scaleplan.contracts.EventIds;
import org.scaleplan.contracts.Topics;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.contracts.phase.Direction;
import org.scaleplan.contracts.phase.PhaseChanged;
import org.scaleplan.evaluator.phase.PhasePlan;
import org.scaleplan.messaging.EventPublisher;
import org.scaleplan.testsupport.AccessMatrix;
import org.scaleplan.testsupport.AdminHttp;
import org.scaleplan.testsupport.AccessMatrix.Endpoint;
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

@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ServiceProperties.class)
class PhaseEvaluatorBindingsIT {

    private static final BindingChecks checks = new BindingChecks(Infrastructure.kafkaBootstrapServers(),
            "phase-evaluator");

    @Autowired
    EventPublisher publisher;

    @Autowired
    KeyStore keys;

    @LocalServerPort
    int port;

    private static final KafkaProbe probe = new KafkaProbe(Infrastructure.kafkaBootstrapServers());

    @AfterAll
    static void closeProbes() {
        checks.close();
        probe.close();
    }

    @Test
    void consumesSamplesAndDeadLettersPoisonWithoutStalling() {
        checks.consumesAndDeadLettersPoison(port, SampleEvents.metricSample("shop-prod"));
    }

    @Test
    void passesOverSamplesOfMetricsItDoesNotReadUndecoded() {
        checks.passesOverSamplesOfMetricsItDoesNotRead("build_info");
    }

    @Test
    void publishesItsDecisionsKeyedBySystemWithCloudEventsHeaders() {
        String system = "bindings-" + UUID.randomUUID();
        Instant start = Instant.parse("2026-11-27T10:00:00Z");
        MetricSample first = activeUsers(system, start, 2_000);
        MetricSample deciding = activeUsers(system, start.plus(Duration.ofMinutes(5)), 2_000);
        PhasePlan plan = PhasePlan.defaults();
        PhaseChanged expected = new PhaseChanged(
                EventIds.of("phase-changed", system, 1, 2, deciding.occurredAt()), deciding.occurredAt(), system, 1,
                2, "Growth", Direction.UP, 2_000, plan.actions(1, 2), List.of(deciding.eventId()));

        checks.publishes(decision -> {
            probe.send(first);
            probe.send(deciding);
        }, expected);
    }

    @Test
    void refusesToWriteATopicItDoesNotOwn() {
        assertThatThrownBy(() -> publisher.publish(SampleEvents.metricSample("shop-prod")))
                .hasMessageContaining("only metrics-ingest writes " + Topics.METRICS);
    }

    @Test
    void publishesHealthWithTheKafkaBinderMetricsAndOpenApi() {
        assertThat(checks.get(port, "/actuator/health")).contains("\"binders\"").contains("\"status\":\"UP\"");
        assertThat(checks.get(port, "/actuator/prometheus")).contains("jvm_memory_used_bytes");
        assertThat(checks.get(port, "/v3/api-docs")).contains("\"openapi\"");
    }

    @Test
    void answersEveryEndpointForEveryRoleAndScopeAsTheRoleTableSays() {
        probe.send(activeUsers(AccessMatrix.SYSTEM, Instant.now(), 10));
        await().atMost(Duration.ofSeconds(60)).until(() -> AdminHttp.get(port, "/v1/systems/" + AccessMatrix.SYSTEM
                + "/phase").statusCode() == 200);
        List<Endpoint> endpoints = new ArrayList<>(AccessMatrix.SERVICE_ENDPOINTS);
        endpoints.add(Endpoint.of("GET", "/v1/systems/{system}/phase", "viewer", 200));
        endpoints.add(Endpoint.of("GET", "/v1/rules", "viewer", 200));
        endpoints.add(Endpoint.of("POST", "/v1/rules/check", "viewer", 200).withBody("groups: []"));
        endpoints.add(Endpoint.of("POST", "/v1/rules/reload", "admin", 200));
        new AccessMatrix(port, this::key).check(endpoints);
    }

    private static MetricSample activeUsers(String system, Instant at, double users) {
        return new MetricSample(UUID.randomUUID(), at, system, "active_users", Map.of(), users, at);
    }

    private String key(String role, List<String> systems) {
        String secret = ApiKeySecrets.generate();
        keys.put(ApiKeySecrets.hash(secret), new StoredKey("key_" + role, role, Set.of(Role.parse(role)),
                Set.copyOf(systems), null));
        return secret;
    }
}
