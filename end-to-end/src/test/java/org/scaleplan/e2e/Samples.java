package org.scaleplan.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A JSON batch for {@code POST /v1/metrics}: one system's samples at one instant. */
final class Samples {

    static final int GROWTH_MINUTES = 24;
    private static final int[] GROWTH = {300, 300, 300, 2_000, 2_000, 2_000, 2_000, 2_000, 2_000, 2_000, 8_000,
        8_000, 8_000, 8_000, 8_000, 8_000, 8_000, 25_000, 25_000, 25_000, 25_000, 25_000, 25_000, 25_000};

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

    /**
     * A minute of growth from {@code t0}: active users from 300 to 25,000 over 24 minutes of event time, each level
     * held past phase-evaluator's 5-minute window (phases 1, 2, 3, 4), and a server cost counter rising 2 USD a
     * minute.
     */
    static Samples growth(String system, Instant t0, int minute) {
        return of(system, t0.plus(Duration.ofMinutes(minute))).add("active_users", GROWTH[minute])
                .add("cost_usd_total", 2.0 * minute, Map.of("category", "server"));
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
