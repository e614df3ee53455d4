package org.scaleplan.e2e;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A JSON batch for {@code POST /v1/metrics}: one system's samples at one instant. */
final class Samples {

    private final String system;
    private final Instant at;
    private final List<String> samples = new ArrayList<>();

    private Samples(String system, Instant at) {
        this.system = system;
        this.at = at;
    }

    static Samples of(String system, Instant at) {
        return new Samples(system, at);
    }

    Samples add(String name, double value) {
        return add(name, value, Map.of());
    }

    Samples add(String name, double value, Map<String, String> labels) {
        String labelJson = labels.entrySet().stream()
                .map(label -> "\"" + label.getKey() + "\": \"" + label.getValue() + "\"")
                .collect(Collectors.joining(", ", "{", "}"));
        samples.add("{\"name\": \"" + name + "\", \"value\": " + value + ", \"timestamp\": \"" + at
                + "\", \"labels\": " + labelJson + "}");
        return this;
    }

    String json() {
        return "{\"system\": \"" + system + "\", \"samples\": [" + String.join(", ", samples) + "]}";
    }
}
