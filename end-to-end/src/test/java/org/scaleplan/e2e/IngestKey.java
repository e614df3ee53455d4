package org.scaleplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.scaleplan.contracts.EventJson;

import tools.jackson.databind.JsonNode;

/** An API key with the {@code ingest} role, issued by security-service, as a collector holds it. */
record IngestKey(String secret, String id) {

    static IngestKey issue(Stack stack, String name) {
        HttpResponse<String> created = Http.post(stack.port("security-service"), "/v1/api-keys",
                "{\"name\": \"" + name + "\", \"roles\": [\"ingest\"]}");
        assertThat(created.statusCode()).as("issuing " + name).isEqualTo(201);
        JsonNode answer = EventJson.mapper().readTree(created.body());
        return new IngestKey(answer.path("key").asString(), answer.path("keyId").asString());
    }

    /** Posts {@code samples} to metrics-ingest with this key; the answer's status. */
    int post(Stack stack, Samples samples) {
        return Http.post(stack.port("metrics-ingest"), "/v1/metrics", samples.json(), secret).statusCode();
    }
}
