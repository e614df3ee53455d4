package org.scaleplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scaleplan.contracts.EventJson;

/**
 * Redis emptied under a running stack ({@code FLUSHALL}): no service crashes, and what Redis held as a copy of
 * Kafka comes back within seconds: API keys work again and decisions are enforced again.
 */
class RedisFlushIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Stack stack;

    @BeforeAll
    static void start(@TempDir Path work) {
        stack = Stack.start(work, Map.of());
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void keysAndDecisionsComeBackFromKafkaAfterFlushall() {
        String system = "flush-" + UUID.randomUUID();
        Key collector = createKey("collector");
        Key greedy = createKey("greedy");
        assertThat(Http.post(stack.port("security-service"), "/v1/decisions", "{\"system\": \"" + system
                + "\", \"action\": \"BLOCK\", \"scope\": {\"type\": \"KEY\", \"value\": \"" + greedy.id() + "\"},"
                + " \"ttl\": \"1h\", \"reason\": \"drill\"}").statusCode()).isEqualTo(202);
        await().atMost(PATIENCE).until(() -> ingest(greedy, system) == 403);
        assertThat(ingest(collector, system)).isEqualTo(200);

        redis("FLUSHALL");
        Instant flushed = Instant.now();

        // Rebuilt, not served from a cache: security-service marks each store once it has written it again.
        await().atMost(PATIENCE).until(() -> rebuilt("scaleplan:api-keys:loaded")
                && rebuilt("scaleplan:decisions:loaded") && ingest(collector, system) == 200
                && ingest(greedy, system) == 403);
        Duration back = Duration.between(flushed, Instant.now());
        System.out.printf("FLUSHALL: the collector's key works and the greedy key is blocked again, %d ms after%n",
                back.toMillis());
        assertThat(back).isLessThan(Duration.ofSeconds(30));
        Stack.SERVICES.forEach(service -> assertThat(Http.get(stack.port(service), "/actuator/health").statusCode())
                .as(service + " health").isEqualTo(200));
    }

    /** A new ingest key: its secret and its id. */
    private record Key(String secret, String id) {
    }

    private static Key createKey(String name) {
        HttpResponse<String> created = Http.post(stack.port("security-service"), "/v1/api-keys",
                "{\"name\": \"" + name + "\", \"roles\": [\"ingest\"]}");
        assertThat(created.statusCode()).isEqualTo(201);
        var answer = EventJson.mapper().readTree(created.body());
        return new Key(answer.path("key").asString(), answer.path("keyId").asString());
    }

    private static int ingest(Key key, String system) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + stack.port("metrics-ingest")
                + "/v1/metrics")).header("Authorization", "Bearer " + key.secret())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Samples.of(system, Instant.now()).add("up", 1).json()))
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean rebuilt(String marker) {
        return redis("EXISTS " + marker).trim().equals(":1");
    }

    /** One command over Redis's protocol, its first reply line. */
    private static String redis(String command) {
        try (Socket socket = new Socket(stack.redis().host(), stack.redis().port())) {
            OutputStream out = socket.getOutputStream();
            out.write((command + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
                line.append((char) c);
            }
            return line.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
