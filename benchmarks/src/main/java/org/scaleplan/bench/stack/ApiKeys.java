package org.scaleplan.bench.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.scaleplan.contracts.EventJson;
import org.scaleplan.testsupport.ServiceProperties;

/** Issues the benchmark's API key at security-service, as an admin does ({@code POST /v1/api-keys}). */
public final class ApiKeys {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ApiKeys() {
    }

    /** A key with the {@code ingest} role for every system; the secret is in the answer only. */
    public static String ingestKey(URI securityService, String name) {
        HttpRequest request = HttpRequest.newBuilder(securityService.resolve("/v1/api-keys"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + ServiceProperties.ADMIN_KEY)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"" + name + "\", \"roles\": [\"ingest\"]}"))
                .build();
        try {
            HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 201) {
                throw new IllegalStateException("security-service answered " + answer.statusCode() + " "
                        + answer.body() + " to the key request");
            }
            return EventJson.mapper().readTree(answer.body()).path("key").asString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
