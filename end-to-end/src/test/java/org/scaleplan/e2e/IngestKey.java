package org.scaleplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.scaleplan.contracts.EventJson;

import tools.jackson.databind.JsonNode;

/** An API key with the {@code ingest} role, issued by security-service, as a collector holds it. */
record IngestKey(String secret, String id) {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static IngestKey issue(Stack stack, String name) {
        HttpResponse<String> created = Http.post(stack.port("security-service"), "/v1/api-keys",
                "{\"name\": \"" + name + "\", \"roles\": [\"ingest\"]}");
        assertThat(created.statusCode()).as("issuing " + name).isEqualTo(201);
        JsonNode answer = EventJson.mapper().readTree(created.body());
        return new IngestKey(answer.path("key").asString(), answer.path("keyId").asString());
    }

    /** Posts {@code samples} to metrics-ingest with this key; the answer's status. */
    int post(Stack stack, Samples samples) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + stack.port("metrics-ingest")
                + "/v1/metrics")).header("Authorization", "Bearer " + secret)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(samples.json()))
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
}
