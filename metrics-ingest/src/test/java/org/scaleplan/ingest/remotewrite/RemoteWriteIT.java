package org.scaleplan.ingest.remotewrite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.scaleplan.ingest.remotewrite.Fixtures.STALE_MARKER;
import static org.scaleplan.ingest.remotewrite.Fixtures.body;
import static org.scaleplan.ingest.remotewrite.Fixtures.request;
import static org.scaleplan.ingest.remotewrite.Fixtures.sample;
import static org.scaleplan.ingest.remotewrite.Fixtures.series;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import org.scaleplan.contracts.EventJson;
import org.scaleplan.contracts.Topics;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.testsupport.Infrastructure;
import org.scaleplan.testsupport.KafkaProbe;
import org.scaleplan.testsupport.ServiceProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ServiceProperties.class)
class RemoteWriteIT {

    private static final KafkaProbe kafka = new KafkaProbe(Infrastructure.kafkaBootstrapServers());

    @LocalServerPort
    int port;

    @Autowired
    KeyStore keys;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @AfterAll
    static void close() {
        kafka.close();
    }

    @Test
    void acknowledgesARequestBuiltAsPrometheusBuildsItWithEverySampleOnTheTopic() {
        String system = system();
        byte[] body = body(request(
                series("http_requests_total", system, Map.of("client_ip", "10.0.0.7", "job", "shop"),
                        sample(1027, now.minusSeconds(15)), sample(1031, now)),
                series("cpu_utilization", system, Map.of("instance", "shop-1:9100"),
                        sample(0.42, now), sample(STALE_MARKER, now.plusMillis(1)))));

        HttpResponse<String> response = prometheus(ingestKey(Set.of())).post(body);

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(samplesOf(system)).extracting(MetricSample::name, MetricSample::labels, MetricSample::value,
                MetricSample::occurredAt).containsExactlyInAnyOrder(
                        tuple("http_requests_total",
                                Map.of("client_ip", "10.0.0.7", "job", "shop"), 1027.0, now.minusSeconds(15)),
                        tuple("http_requests_total",
                                Map.of("client_ip", "10.0.0.7", "job", "shop"), 1031.0, now),
                        tuple("cpu_utilization", Map.of("instance", "shop-1:9100"),
                                0.42, now));
    }

    @Test
    void storesTheValidSeriesOfARequestAndNamesTheInvalidOneIn400() {
        String system = system();
        byte[] body = body(request(
                series("active_users", system, Map.of(), sample(10, now)),
                series("active_users", system, Map.of("bad-label", "x"), sample(11, now)),
                series("ai_queue_depth", system, Map.of(), sample(3, now))));

        HttpResponse<String> response = prometheus(ServiceProperties.ADMIN_KEY).post(body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response);
        assertThat(response.body()).contains("\"field\":\"timeseries[1].samples[0].labels.bad-label\"")
                .contains("\"rejected\":1").contains("\"stored\":2");
        assertThat(samplesOf(system)).extracting(MetricSample::name, MetricSample::value)
                .containsExactlyInAnyOrder(tuple("active_users", 10.0),
                        tuple("ai_queue_depth", 3.0));
    }

    @Test
    void rejectsSeriesOfSystemsOutsideTheKeysScopeAndStoresTheOthers() {
        String mine = system();
        String other = system();
        byte[] body = body(request(series("active_users", mine, Map.of(), sample(1, now)),
                series("active_users", other, Map.of(), sample(2, now))));

        HttpResponse<String> response = prometheus(ingestKey(Set.of(mine))).post(body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("timeseries[1].samples[0].system").doesNotContain(other);
        assertThat(samplesOf(mine)).hasSize(1);
        assertThat(samplesOf(other)).isEmpty();
    }

    @Test
    void countsReceivedSamplesStaleMarkersAndDroppedNaNOnTheMetricsEndpoint() {
        double received = counter("samples_received");
        double stale = counter("stale_markers");
        double nan = counter("nan_dropped");

        prometheus(ServiceProperties.ADMIN_KEY).post(body(request(series("active_users", system(), Map.of(),
                sample(1, now), sample(STALE_MARKER, now.plusMillis(1)), sample(Double.NaN, now.plusMillis(2))))));

        assertThat(counter("samples_received")).isEqualTo(received + 3);
        assertThat(counter("stale_markers")).isEqualTo(stale + 1);
        assertThat(counter("nan_dropped")).isEqualTo(nan + 1);
    }

    private PrometheusClient prometheus(String key) {
        return PrometheusClient.of(port, key);
    }

    private static void assertProblem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    /** {@code scaleplan_ingest_remote_write_<name>_total} as {@code /actuator/prometheus} shows it; 0 if absent. */
    private double counter(String name) {
        String line = "scaleplan_ingest_remote_write_" + name + "_total ";
        return prometheus(ServiceProperties.ADMIN_KEY).get("/actuator/prometheus").body().lines()
                .filter(metric -> metric.startsWith(line))
                .mapToDouble(metric -> Double.parseDouble(metric.substring(line.length()).strip()))
                .findFirst().orElse(0);
    }

    /** A key with only the ingest role, limited to {@code systems} (none: every system). */
    private String ingestKey(Set<String> systems) {
        String secret = ApiKeySecrets.generate();
        keys.put(ApiKeySecrets.hash(secret), new StoredKey("key_rw_" + secret.substring(4, 12), "prometheus",
                Set.of(Role.INGEST), systems, null));
        return secret;
    }

    private static String system() {
        return "rw-" + UUID.randomUUID();
    }

    private static List<MetricSample> samplesOf(String system) {
        return kafka.readAll(Topics.METRICS, record -> system.equals(record.key())).stream()
                .map(record -> EventJson.read(record.value(), MetricSample.class))
                .filter(sample -> system.equals(sample.system()))
                .toList();
    }
}
