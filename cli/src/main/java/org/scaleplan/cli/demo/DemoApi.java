package org.scaleplan.cli.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The demo's calls to the services' public APIs, as the admin: metrics in, a budget, an operator's approvals. */
final class DemoApi {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final DemoOptions options;

    DemoApi(DemoOptions options) {
        this.options = options;
    }

    void sendMetrics(String batch) {
        expect(send(options.ingest() + "/v1/metrics", "POST", batch), 200, "POST /v1/metrics");
    }

    void setBudget(String system, int monthlyUsd) {
        expect(send(options.cost() + "/v1/systems/" + system + "/budget", "PUT",
                "{\"monthlyUsd\": " + monthlyUsd + ", \"thresholds\": [50, 80, 100]}"), 200, "PUT budget");
    }

    /** Approves the incident's waiting step; a 409 (already resolved) or 404 is only reported. */
    int approve(String incidentId) {
        return send(options.incidents() + "/v1/incidents/" + incidentId + "/approve", "POST", "").statusCode();
    }

    private HttpResponse<String> send(String url, String method, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + options.key()).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DemoException(method + " " + url + " failed: " + e.getMessage() + " (is the stack up?)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoException("interrupted");
        }
    }

    private static void expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new DemoException(what + " answered " + response.statusCode() + ": " + response.body());
        }
    }
}
