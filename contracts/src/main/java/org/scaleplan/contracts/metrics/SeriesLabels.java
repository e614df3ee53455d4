package org.scaleplan.contracts.metrics;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A series' labels written as Prometheus writes them, sorted by name: {@code {region="eu",service="checkout"}}. */
public final class SeriesLabels {

    private SeriesLabels() {
    }

    /** The same text for the same labels in any order, so it can key a series' state. */
    public static String text(Map<String, String> labels) {
        return new TreeMap<>(labels).entrySet().stream()
                .map(label -> label.getKey() + "=\"" + label.getValue() + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }
}
