package org.scaleplan.ingest.remotewrite;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Posts to {@code /api/v1/write} with the headers a stock Prometheus 3 sends, any of which a test may change. */
record PrometheusClient(int port, Map<String, String> headers) {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Prometheus's headers (remote-write 1.0), authorized with {@code key}; none without one. */
    static PrometheusClient of(int port, String key) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Encoding", "snappy");
        headers.put("Content-Type", "application/x-protobuf");
        headers.put("User-Agent", "Prometheus/3.5.0");
        headers.put("X-Prometheus-Remote-Write-Version", "0.1.0");
        if (key != null) {
            headers.put("Authorization", "Bearer " + key);
        }
        return new PrometheusClient(port, headers);
    }

    PrometheusClient with(String header, String value) {
        Map<String, String> changed = new LinkedHashMap<>(headers);
        changed.put(header, value);
        return new PrometheusClient(port, changed);
    }

    HttpResponse<String> post(byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/write"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return send(request);
    }

    /** A GET of {@code path} with the same key, e.g. the service's own metrics. */
    HttpResponse<String> get(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        request.header("Authorization", headers.get("Authorization"));
        return send(request);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("request to metrics-ingest failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
