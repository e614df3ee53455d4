package org.scaleplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.scaleplan.access.ApiKeySecrets;
import org.scaleplan.access.Caller;
import org.scaleplan.access.DecisionEnforcer;
import org.scaleplan.access.KeyStore;
import org.scaleplan.access.RefusedException;
import org.scaleplan.access.Role;
import org.scaleplan.access.StoredKey;
import org.scaleplan.access.decisions.DecisionStore;
import org.scaleplan.contracts.CloudEventHeaders;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.contracts.ScaleplanEvent;
import org.scaleplan.contracts.Topics;
import org.scaleplan.contracts.access.ActionAudited;
import org.scaleplan.contracts.access.Outcome;
import org.scaleplan.contracts.incident.ActionRequested;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.contracts.phase.Direction;
import org.scaleplan.contracts.phase.PhaseChanged;
import org.scaleplan.contracts.security.DecisionAction;
import org.scaleplan.contracts.security.DecisionExpired;
import org.scaleplan.contracts.security.DecisionIssued;
import org.scaleplan.contracts.security.PostureChanged;
import org.scaleplan.contracts.security.Scope;
import org.scaleplan.contracts.security.ScopeType;
import org.scaleplan.contracts.security.SecurityIncidentDetected;
import org.scaleplan.testsupport.AdminHttp;
import org.scaleplan.testsupport.Infrastructure;
import org.scaleplan.testsupport.KafkaProbe;
import org.scaleplan.testsupport.ServiceProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * security-service against a real broker and Redis, through its topics and HTTP API and the enforcement every
 * service runs: an auth-failure burst is detected, a decision issued, copied to Redis and enforced, and it expires
 * on time; shadow scenarios report without acting; a phase change changes the posture; admins and runbooks issue
 * and end decisions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ServiceProperties.class)
@DirtiesContext
class SecurityFlowIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final KafkaProbe probe = new KafkaProbe(Infrastructure.kafkaBootstrapServers());
    private static final Caller INGEST = new Caller("key-prometheus", "prometheus", Set.of(Role.INGEST), Set.of());

    @LocalServerPort
    int port;

    @Autowired
    DecisionEnforcer enforcer;

    @Autowired
    DecisionStore decisions;

    @Autowired
    KeyStore keys;

    @DynamicPropertySource
    static void scenarios(DynamicPropertyRegistry registry) {
        registry.add("scaleplan.security.scenarios-dir",
                () -> Path.of("src", "test", "resources", "it-scenarios").toAbsolutePath().toString());
    }

    @AfterAll
    static void closeProbe() {
        probe.close();
    }

    @Test
    void anAuthFailureBurstIsDetectedBlockedEnforcedAndExpiresOnTime() {
        String system = "shop-" + UUID.randomUUID();
        String address = "203.0.113.7";
        Instant start = Instant.now();
        for (int second = 0; second <= 7; second++) {
            probe.send(sample(system, "auth_failures_total", Map.of("client_ip", address, "user", "alice"),
                    start.plusSeconds(second), second));
        }

        SecurityIncidentDetected incident = awaitEvent(system, SecurityIncidentDetected.class);
        assertThat(incident.scenario()).isEqualTo("auth-failure-spike");
        assertThat(incident.scope()).isEqualTo(new Scope(ScopeType.ADDRESS, address));
        assertThat(incident.simulated()).isFalse();
        DecisionIssued decision = awaitEvent(system, DecisionIssued.class);
        assertThat(decision.action()).isEqualTo(DecisionAction.BLOCK);
        assertThat(decision.causedBy()).containsExactly(incident.eventId());
        assertThat(Duration.between(decision.occurredAt(), decision.expiresAt())).isEqualTo(Duration.ofSeconds(4));

        // metrics-ingest runs this check for each system of a batch: the client is refused, others are not.
        await().atMost(PATIENCE).untilAsserted(() -> assertThatThrownBy(() -> enforcer.enforce(system, INGEST,
                address)).isInstanceOf(RefusedException.class).hasMessageContaining("blocked until"));
        enforcer.enforce(system, INGEST, "198.51.100.1");

        DecisionExpired expired = awaitEvent(system, DecisionExpired.class);
        assertThat(expired.reason()).isEqualTo("ttl");
        assertThat(expired.decisionId()).isEqualTo(decision.decisionId());
        await().atMost(PATIENCE).untilAsserted(() -> enforcer.enforce(system, INGEST, address));
    }

    @Test
    void aShadowScenarioReportsAsSimulatedAndActsOnNothing() {
        String system = "shadow-" + UUID.randomUUID();
        Instant start = Instant.now();
        for (int second = 0; second <= 7; second++) {
            probe.send(sample(system, "probe_failures_total", Map.of("client_ip", "198.51.100.9"),
                    start.plusSeconds(second), second));
        }

        SecurityIncidentDetected incident = awaitEvent(system, SecurityIncidentDetected.class);
        assertThat(incident.scenario()).isEqualTo("probe-spike");
        assertThat(incident.simulated()).isTrue();
        // Nothing else about the system is on the topic, whatever comes after the report.
        probe.send(new PhaseChanged(UUID.randomUUID(), Instant.now(), system, 1, 2, "Growth", Direction.UP, 1_500,
                List.of(), List.of()));
        awaitEvent(system, PostureChanged.class);
        assertThat(events(system, DecisionIssued.class)).isEmpty();
    }

    @Test
    void aPhaseChangeChangesThePosture() {
        String system = "posture-" + UUID.randomUUID();
        PhaseChanged change = new PhaseChanged(UUID.randomUUID(), Instant.now(), system, 2, 3, "Expansion",
                Direction.UP, 6_000, List.of(), List.of());

        probe.send(change);

        PostureChanged posture = awaitEvent(system, PostureChanged.class);
        assertThat(posture.phase()).isEqualTo(3);
        assertThat(posture.posture()).isEqualTo("comprehensive");
        assertThat(posture.controls()).containsEntry("kafka-tls-required", "true");
        assertThat(posture.causedBy()).containsExactly(change.eventId());
    }

    @Test
    void thePostureOfASystemLimitsItsKeysLifetimeAndIngestRate() {
        String system = "tight-" + UUID.randomUUID();
        probe.send(new PhaseChanged(UUID.randomUUID(), Instant.now(), system, 2, 3, "Expansion", Direction.UP, 6_000,
                List.of(), List.of()));
        awaitEvent(system, PostureChanged.class);
        String tooLong = Instant.now().plus(Duration.ofDays(400)).toString();

        // Comprehensive security (phase 3): keys live at most 120 days and ingest at most 1,200 a minute.
        await().atMost(PATIENCE).until(() -> createKey(system, tooLong).statusCode() == 400);
        assertThat(createKey(system, tooLong).body()).contains("expiresAt").contains("at most 120 days");
        HttpResponse<String> created = createKey(system, null);
        assertThat(created.statusCode()).isEqualTo(201);
        var key = EventJson.mapper().readTree(created.body());
        assertThat(Duration.between(Instant.now(), Instant.parse(key.path("expiresAt").asString())))
                .isBetween(Duration.ofDays(119), Duration.ofDays(120));
        StoredKey stored = keys.find(ApiKeySecrets.hash(key.path("key").asString())).orElseThrow();
        assertThat(stored.ingestPerMinute()).isEqualTo(1_200);
    }

    @Test
    void aKeyThatKeepsHittingRateLimitsIsBlockedOnEveryScaleplanApi() {
        String keyId = "key-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            probe.send(new ActionAudited(UUID.randomUUID(), Instant.now(), null, "metrics-ingest", keyId, "greedy",
                    "POST /v1/metrics", "/v1/metrics", 429, Outcome.DENIED));
        }

        DecisionIssued decision = awaitEvent(DecisionStore.SCALEPLAN, DecisionIssued.class,
                d -> d.scope().value().equals(keyId));
        assertThat(decision.scope()).isEqualTo(new Scope(ScopeType.KEY, keyId));
        Caller greedy = new Caller(keyId, "greedy", Set.of(Role.INGEST), Set.of());
        await().atMost(PATIENCE).untilAsserted(() -> assertThatThrownBy(() -> enforcer.enforce(
                DecisionStore.SCALEPLAN, greedy, "192.0.2.1")).isInstanceOf(RefusedException.class));
    }

    @Test
    void adminsAndRunbooksIssueAndEndDecisions() {
        String system = "admin-" + UUID.randomUUID();
        HttpResponse<String> invalid = AdminHttp.post(port, "/v1/decisions", "application/json",
                "{\"system\": \"" + system + "\", \"action\": \"BAN\", \"scope\": {\"type\": \"ADDRESS\"}}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(EventJson.mapper().readTree(invalid.body()).path("errors").findValuesAsString("field"))
                .containsExactly("action", "scope.value", "ttl", "reason");

        HttpResponse<String> added = AdminHttp.post(port, "/v1/decisions", "application/json", "{\"system\": \""
                + system + "\", \"action\": \"THROTTLE\", \"scope\": {\"type\": \"USER\", \"value\": \"mallory\"},"
                + " \"ttl\": \"1h\", \"reason\": \"seen in the WAF logs\"}");
        assertThat(added.statusCode()).isEqualTo(202);
        String decisionId = EventJson.mapper().readTree(added.body()).path("decisionId").asString();
        await().atMost(PATIENCE).until(() -> AdminHttp.get(port, "/v1/decisions").body().contains(decisionId));

        assertThat(AdminHttp.delete(port, "/v1/decisions/" + decisionId).statusCode()).isEqualTo(202);
        DecisionExpired ended = awaitEvent(system, DecisionExpired.class);
        assertThat(ended.reason()).isEqualTo("deleted by bootstrap");
        await().atMost(PATIENCE).until(() -> !AdminHttp.get(port, "/v1/decisions").body().contains(decisionId));
        assertThat(AdminHttp.delete(port, "/v1/decisions/" + decisionId).statusCode()).isEqualTo(404);

        probe.send(new ActionRequested(UUID.randomUUID(), Instant.now(), system, "inc-9", "block-client",
                Map.of("address", "192.0.2.44", "ttl", "15m"), List.of()));
        DecisionIssued requested = awaitEvent(system, DecisionIssued.class, d -> d.reason().startsWith("incident"));
        assertThat(requested.scope()).isEqualTo(new Scope(ScopeType.ADDRESS, "192.0.2.44"));
        assertThat(Duration.between(requested.occurredAt(), requested.expiresAt())).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    @Timeout(60)
    void externalEnforcersFollowTheDecisionsAsAStream() throws Exception {
        String system = "stream-" + UUID.randomUUID();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/decisions/stream"))
                .header("Authorization", "Bearer " + ServiceProperties.ADMIN_KEY).build();
        HttpResponse<Stream<String>> stream = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofLines());
        try (Stream<String> lines = stream.body()) {
            assertThat(stream.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/event-stream"));

            probe.send(new ActionRequested(UUID.randomUUID(), Instant.now(), system, "inc-3", "block-client",
                    Map.of("user", "mallory"), List.of()));

            // The stream first repeats the decisions in force, then each new one: wait for the one asked for.
            List<String> received = new ArrayList<>();
            lines.takeWhile(line -> !(line.startsWith("data:") && line.contains(system))).forEach(received::add);
            assertThat(received.get(received.size() - 2)).isEqualTo("event:issued");
        }
    }

    private HttpResponse<String> createKey(String system, String expiresAt) {
        return AdminHttp.post(port, "/v1/api-keys", "application/json", "{\"name\": \"collector\", \"roles\": "
                + "[\"ingest\"], \"systems\": [\"" + system + "\"]"
                + (expiresAt == null ? "" : ", \"expiresAt\": \"" + expiresAt + "\"") + "}");
    }

    private static MetricSample sample(String system, String name, Map<String, String> labels, Instant at,
            double value) {
        return new MetricSample(UUID.randomUUID(), at, system, name, labels, value, at);
    }

    private static <T extends ScaleplanEvent> T awaitEvent(String system, Class<T> type) {
        return awaitEvent(system, type, event -> true);
    }

    private static <T extends ScaleplanEvent> T awaitEvent(String system, Class<T> type,
            Predicate<T> match) {
        return await().atMost(PATIENCE).until(() -> events(system, type).stream().filter(match).findFirst(),
                Optional::isPresent).orElseThrow();
    }

    private static <T extends ScaleplanEvent> List<T> events(String system, Class<T> type) {
        return probe.readAll(Topics.SECURITY_EVENTS, r -> system.equals(r.key())).stream()
                .map(r -> EventJson.read(r.value(), KafkaProbe.header(r, CloudEventHeaders.TYPE).orElseThrow()))
                .filter(type::isInstance).map(type::cast).toList();
    }
}
