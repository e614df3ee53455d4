package org.scaleplan.contracts.metrics;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A series' labels written as Prometheus writes them, sorted by name, each value quoted with {@code \}, {@code "}
 * and line feeds escaped: {@code {region="eu",service="checkout"}}. Distinct label sets always give distinct text,
 * whatever their values hold.
 */
public final class SeriesLabels {

    private SeriesLabels() {
    }

    /** The same text for the same labels in any order, so it can key a series' state. */
    public static String text(Map<String, String> labels) {
        return new TreeMap<>(labels).entrySet().stream()
                .map(label -> label.getKey() + "=\"" + escaped(label.getValue()) + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String escaped(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
