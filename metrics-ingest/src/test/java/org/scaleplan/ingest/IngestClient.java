package org.scaleplan.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** Posts JSON batches to metrics-ingest the way a client would, in tests. */
record IngestClient(int port, String key) {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A batch of one sample per name, all of {@code system}, timestamped now. */
    static String batch(String system, List<String> names) {
        return names.stream().map(name -> "{\"name\": \"" + name + "\", \"value\": 1, \"labels\": {\"region\": \"eu\"}}")
                .collect(Collectors.joining(",", "{\"system\": \"" + system + "\", \"samples\": [", "]}"));
    }

    HttpResponse<String> post(String json) {
        return post(json, null);
    }

    HttpResponse<String> post(String json, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/metrics"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("POST /v1/metrics failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
