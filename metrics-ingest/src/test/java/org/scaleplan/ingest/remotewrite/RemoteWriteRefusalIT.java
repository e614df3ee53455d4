package org.scaleplan.ingest.remotewrite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scaleplan.ingest.remotewrite.Fixtures.body;
import static org.scaleplan.ingest.remotewrite.Fixtures.request;
import static org.scaleplan.ingest.remotewrite.Fixtures.sample;
import static org.scaleplan.ingest.remotewrite.Fixtures.series;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.scaleplan.testsupport.ServiceProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/** Requests that are not remote-write 1.0 are answered 4xx naming what is wrong, never 5xx. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ServiceProperties.class)
class RemoteWriteRefusalIT {

    @LocalServerPort
    int port;

    private final Instant now = Instant.now();

    @Test
    void answersGarbageWith400() {
        HttpResponse<String> response = prometheus(ServiceProperties.ADMIN_KEY)
                .post("this is not snappy".getBytes(StandardCharsets.US_ASCII));

        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response);
        assertThat(response.body()).contains("snappy");
    }

    @Test
    void answersAnotherEncodingWith400NamingTheHeader() {
        HttpResponse<String> response = prometheus(ServiceProperties.ADMIN_KEY).with("Content-Encoding", "gzip")
                .post(body(request(series("active_users", system(), Map.of(), sample(1, now)))));

        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response);
        assertThat(response.body()).contains("Content-Encoding");
    }

    @Test
    void answersAnotherProtocolVersionWith400NamingTheHeader() {
        HttpResponse<String> response = prometheus(ServiceProperties.ADMIN_KEY)
                .with("X-Prometheus-Remote-Write-Version", "2.0.0")
                .post(body(request(series("active_users", system(), Map.of(), sample(1, now)))));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("X-Prometheus-Remote-Write-Version");
    }

    @Test
    void answersTheRemoteWrite2MessageWith415() {
        HttpResponse<String> response = prometheus(ServiceProperties.ADMIN_KEY)
                .with("Content-Type", "application/x-protobuf;proto=io.prometheus.write.v2.Request")
                .with("X-Prometheus-Remote-Write-Version", "2.0.0")
                .post(body(request(series("active_users", system(), Map.of(), sample(1, now)))));

        assertThat(response.statusCode()).isEqualTo(415);
        assertProblem(response);
    }

    @Test
    void answersARequestWithoutKeyWith401() {
        HttpResponse<String> response = PrometheusClient.of(port, null)
                .post(body(request(series("active_users", system(), Map.of(), sample(1, now)))));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    private PrometheusClient prometheus(String key) {
        return PrometheusClient.of(port, key);
    }

    private static void assertProblem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    private static String system() {
        return "rw-" + UUID.randomUUID();
    }
}
