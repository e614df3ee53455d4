package org.scaleplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scaleplan.testsupport.ServiceProcess;
import org.scaleplan.testsupport.ServiceProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole path of an auth-failure burst, with the real metrics-ingest (its jar, as a process) in front: the
 * failures come in through ingest, security-service detects them and blocks the client's address for the system,
 * ingest refuses that client's next batch for the system, and accepts it again once the decision has expired.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ServiceProperties.class)
@DirtiesContext
class IngestEnforcementIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ServiceProcess ingest;

    @DynamicPropertySource
    static void scenarios(DynamicPropertyRegistry registry) {
        registry.add("scaleplan.security.scenarios-dir",
                () -> Path.of("src", "test", "resources", "it-scenarios").toAbsolutePath().toString());
    }

    @BeforeAll
    static void startIngest(@TempDir Path work) {
        ingest = new ServiceProcess(Path.of("..", "metrics-ingest", "target", "metrics-ingest.jar"),
                work.resolve("metrics-ingest.log")).start(Map.of());
    }

    @AfterAll
    static void stopIngest() {
        ingest.close();
    }

    @Test
    void aClientThatBruteForcesLoginsIsRefusedByIngestUntilTheDecisionExpires() {
        String system = "shop-" + UUID.randomUUID();
        assertThat(post(batch(system, "up", 1, Map.of())).statusCode()).isEqualTo(200);

        // Failed logins reported by the system's own exporter, from the address this test sends from.
        for (int failures = 0; failures <= 7; failures++) {
            assertThat(post(batch(system, "auth_failures_total", failures,
                    Map.of("client_ip", "127.0.0.1", "user", "alice"))).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> refused = await().atMost(PATIENCE)
                .until(() -> post(batch(system, "up", 1, Map.of())), answer -> answer.statusCode() == 403);
        assertThat(refused.body()).contains("requests of address 127.0.0.1 are blocked until")
                .contains("auth-failure-spike");
        assertThat(post(batch("other-" + system, "up", 1, Map.of())).statusCode()).isEqualTo(200);

        // A first offence of auth-failure-spike in these scenarios is blocked for 4 s.
        await().atMost(PATIENCE).until(() -> post(batch(system, "up", 1, Map.of())).statusCode() == 200);
    }

    private static HttpResponse<String> post(String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ingest.port() + "/v1/metrics"))
                .header("Authorization", "Bearer " + ServiceProperties.ADMIN_KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String batch(String system, String name, double value, Map<String, String> labels) {
        StringBuilder json = new StringBuilder("{");
        labels.forEach((label, text) -> json.append(json.length() > 1 ? ", " : "").append('"').append(label)
                .append("\": \"").append(text).append('"'));
        return "{\"system\": \"" + system + "\", \"samples\": [{\"name\": \"" + name + "\", \"value\": " + value
                + ", \"timestamp\": \"" + Instant.now() + "\", \"labels\": " + json.append('}') + "}]}";
    }
}
