package org.scaleplan.security.keys;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.scaleplan.contracts.EventJson;

/** A small HTTP client for security-service's API in tests. */
record Api(int port) {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    Map<String, Object> createKey(String adminKey, String name, List<String> roles, List<String> systems) {
        HttpResponse<String> response = post(adminKey, "/v1/api-keys", EventJson.mapper().writeValueAsString(
                Map.of("name", name, "roles", roles, "systems", systems)));
        if (response.statusCode() != 201) {
            throw new AssertionError("creating a key answered " + response.statusCode() + ": " + response.body());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> created = EventJson.mapper().readValue(response.body(), Map.class);
        return created;
    }

    HttpResponse<String> get(String key, String path) {
        return send(key, HttpRequest.newBuilder(uri(path)).GET());
    }

    HttpResponse<String> post(String key, String path, String json) {
        return send(key, HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json"));
    }

    HttpResponse<String> delete(String key, String path) {
        return send(key, HttpRequest.newBuilder(uri(path)).DELETE());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(String key, HttpRequest.Builder request) {
        try {
            return HTTP.send(request.header("Authorization", "Bearer " + key).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
