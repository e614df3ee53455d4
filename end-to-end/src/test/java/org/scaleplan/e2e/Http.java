package org.scaleplan.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.scaleplan.testsupport.ServiceProperties;

/** Requests to a service of the stack as the admin, from 127.0.0.1 (decisions about that address apply). */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    static HttpResponse<String> get(int port, String path) {
        return send(request(port, path).GET());
    }

    static HttpResponse<String> post(int port, String path, String json) {
        return post(port, path, json, ServiceProperties.ADMIN_KEY);
    }

    /** A POST with {@code key} (an API key's secret) instead of the admin key. */
    static HttpResponse<String> post(int port, String path, String json, String key) {
        return send(request(port, path, key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    static HttpResponse<String> put(int port, String path, String json) {
        return send(request(port, path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static HttpRequest.Builder request(int port, String path) {
        return request(port, path, ServiceProperties.ADMIN_KEY);
    }

    private static HttpRequest.Builder request(int port, String path, String key) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + key);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
