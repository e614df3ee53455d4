package org.scaleplan.cli.demotarget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.EventJson;
import tools.jackson.databind.JsonNode;

/** The target over real HTTP on a free port, called as incident-service's runbook steps call it. */
class DemoTargetTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final DemoTarget target = DemoTarget.start(0, new PrintStream(out, true, StandardCharsets.UTF_8));
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void stop() {
        target.stop();
    }

    @Test
    void answersEveryRequestAndAppliesEachIdempotencyKeyOnce() throws Exception {
        assertThat(post("/scale/shop-prod", "inc-1:scale-out").statusCode()).isEqualTo(200);
        HttpResponse<String> retry = post("/scale/shop-prod", "inc-1:scale-out");
        assertThat(post("/notify", "inc-1:identify").statusCode()).isEqualTo(200);

        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo("{\"outcome\":\"duplicate\"}");
        JsonNode counts = effects("GET");
        assertThat(counts.get("effects").asInt()).isEqualTo(2);
        assertThat(counts.get("duplicates").asInt()).isEqualTo(1);
        assertThat(counts.at("/byKey/inc-1:scale-out").asInt()).isEqualTo(2);
        assertThat(counts.at("/byPath/~1scale~1shop-prod").asInt()).isEqualTo(1);
    }

    @Test
    void answersAScaleStepsReadAndAppliesItsWriteOnce() throws Exception {
        // As a runbook's scale step with add: 2 does it, twice (a retry after a crash), with one key.
        for (int attempt = 0; attempt < 2; attempt++) {
            HttpResponse<String> read = send("GET", "/scale/shop-prod", "inc-5:scale-out", "");
            int replicas = EventJson.mapper().readTree(read.body()).get("replicas").asInt();
            send("PUT", "/scale/shop-prod", "inc-5:scale-out", "{\"replicas\":" + (replicas + 2) + "}");
        }

        JsonNode counts = effects("GET");
        assertThat(counts.at("/replicas/~1scale~1shop-prod").asInt()).isEqualTo(3);
        assertThat(counts.get("effects").asInt()).isEqualTo(1);
        assertThat(counts.get("duplicates").asInt()).isEqualTo(1);
    }

    @Test
    void answersAHeadWithoutBodyAndAppliesNothing() throws Exception {
        HttpResponse<String> head = send("HEAD", "/status-page", "inc-6:status", "");

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(effects("GET").get("effects").asInt()).isZero();
    }

    @Test
    void failsUnderFailWithServiceUnavailable() throws Exception {
        HttpResponse<String> failed = post("/fail/status-page", "inc-2:status-page");

        assertThat(failed.statusCode()).isEqualTo(503);
        assertThat(effects("GET").get("failures").asInt()).isEqualTo(1);
        assertThat(effects("GET").get("effects").asInt()).isZero();
    }

    @Test
    void clearsTheCountsOnDelete() throws Exception {
        post("/notify", "inc-3:identify");

        JsonNode cleared = effects("DELETE");

        assertThat(cleared.get("effects").asInt()).isZero();
        assertThat(cleared.get("byKey").isEmpty()).isTrue();
        assertThat(post("/notify", "inc-3:identify").body()).isEqualTo("{\"outcome\":\"effect\"}");
    }

    @Test
    void printsOneLinePerRequestButNoneForTheCounts() throws Exception {
        post("/notify", "inc-4:identify");
        post("/notify", "inc-4:identify");
        effects("GET");

        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(2);
    }

    private HttpResponse<String> post(String path, String idempotencyKey) throws Exception {
        return send("POST", path, idempotencyKey, "{\"incident\": \"" + idempotencyKey + "\"}");
    }

    private HttpResponse<String> send(String method, String path, String idempotencyKey, String body)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri(path))
                .header("Idempotency-Key", idempotencyKey)
                .header("Content-Type", "application/json")
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path).isIn(200, 503);
        return response;
    }

    private JsonNode effects(String method) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri(DemoTarget.EFFECTS_PATH))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return EventJson.mapper().readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + target.port() + path);
    }
}
