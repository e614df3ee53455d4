package org.scaleplan.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.scaleplan.access.ApiKeySecrets;
import org.scaleplan.access.KeyStore;
import org.scaleplan.access.Role;
import org.scaleplan.access.StoredKey;
import org.scaleplan.access.decisions.DecisionStore;
import org.scaleplan.access.decisions.StoredDecision;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.contracts.Topics;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.contracts.security.DecisionAction;
import org.scaleplan.contracts.security.Scope;
import org.scaleplan.contracts.security.ScopeType;
import org.scaleplan.testsupport.Infrastructure;
import org.scaleplan.testsupport.KafkaProbe;
import org.scaleplan.testsupport.ServiceProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ServiceProperties.class)
class JsonIntakeIT {

    private static final KafkaProbe kafka = new KafkaProbe(Infrastructure.kafkaBootstrapServers());

    @LocalServerPort
    int port;

    @Autowired
    KeyStore keys;

    @Autowired
    DecisionStore decisions;

    @AfterAll
    static void close() {
        kafka.close();
    }

    @Test
    void acknowledgesABatchOnlyWithEverySampleOnTheTopic() {
        String system = system();
        var response = client().post(IngestClient.batch(system, List.of("active_users", "cpu_utilization")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"samples\":2,\"replayed\":false}");
        List<MetricSample> published = samplesOf(system);
        assertThat(published).extracting(MetricSample::name).containsExactlyInAnyOrder("active_users", "cpu_utilization");
        assertThat(published).allSatisfy(sample -> assertThat(sample.labels()).containsEntry("region", "eu"));
    }

    @Test
    void refusesABadBatchWholeAndPublishesNoneOfIt() {
        String system = system();
        var response = client().post("{\"system\": \"" + system + "\", \"samples\": [{\"name\": \"good\", \"value\": 1},"
                + " {\"name\": \"bad-name\", \"value\": 1}]}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"field\":\"samples[1].name\"");
        assertThat(client().post(IngestClient.batch(system, List.of("fence"))).statusCode()).isEqualTo(200);
        assertThat(samplesOf(system)).extracting(MetricSample::name).containsExactly("fence");
    }

    @Test
    void publishesABatchRetriedWithOneIdempotencyKeyOnce() {
        String system = system();
        String batch = IngestClient.batch(system, List.of("a", "b", "c"));
        String idempotencyKey = UUID.randomUUID().toString();

        assertThat(client().post(batch, idempotencyKey).body()).isEqualTo("{\"samples\":3,\"replayed\":false}");
        assertThat(client().post(batch, idempotencyKey).body()).isEqualTo("{\"samples\":3,\"replayed\":true}");

        assertThat(samplesOf(system)).hasSize(3);
    }

    @Test
    void refusesAKeyBlockedForASystemUntilTheDecisionIsLifted() {
        String secret = ingestKey();
        IngestClient blocked = new IngestClient(port, secret);
        String keyId = "key_ingest_" + secret.substring(4, 12);
        String system = system();
        Scope scope = new Scope(ScopeType.KEY, keyId);
        decisions.put(system, new StoredDecision("d-" + keyId, DecisionAction.BLOCK, scope,
                Instant.now().plusSeconds(600), "auth-failure-spike"), Instant.now());

        var refused = blocked.post(IngestClient.batch(system, List.of("x")));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("requests of key " + keyId + " are blocked until");
        assertThat(blocked.post(IngestClient.batch(system(), List.of("x"))).statusCode()).isEqualTo(200);
        assertThat(client().post(IngestClient.batch(system, List.of("x"))).statusCode()).isEqualTo(200);
        assertThat(samplesOf(system)).hasSize(1);

        decisions.remove(system, scope);
        assertThat(blocked.post(IngestClient.batch(system, List.of("x"))).statusCode()).isEqualTo(200);
    }

    @Test
    void throttlesAThrottledAddressWithRetryAfter() {
        String system = system();
        List<Scope> local = List.of(new Scope(ScopeType.ADDRESS, "127.0.0.1"),
                new Scope(ScopeType.ADDRESS, "0:0:0:0:0:0:0:1"));
        local.forEach(scope -> decisions.put(system, new StoredDecision("d-" + UUID.randomUUID(),
                DecisionAction.THROTTLE, scope, Instant.now().plusSeconds(600), "request-flood"), Instant.now()));
        try {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                var response = client().post(IngestClient.batch(system, List.of("x")));
                assertThat(response.statusCode()).isEqualTo(429);
                assertThat(response.headers().firstValue("Retry-After")).isPresent();
            });
        } finally {
            local.forEach(scope -> decisions.remove(system, scope));
        }
        assertThat(client().post(IngestClient.batch(system, List.of("x"))).statusCode()).isEqualTo(200);
    }

    private IngestClient client() {
        return new IngestClient(port, ServiceProperties.ADMIN_KEY);
    }

    private String ingestKey() {
        String secret = ApiKeySecrets.generate();
        keys.put(ApiKeySecrets.hash(secret), new StoredKey("key_ingest_" + secret.substring(4, 12), "ingest",
                Set.of(Role.INGEST), Set.of(), null));
        return secret;
    }

    private static String system() {
        return "test-" + UUID.randomUUID();
    }

    private static List<MetricSample> samplesOf(String system) {
        return kafka.readAll(Topics.METRICS, record -> system.equals(record.key())).stream()
                .map(record -> EventJson.read(record.value(), MetricSample.class))
                .toList();
    }
}
