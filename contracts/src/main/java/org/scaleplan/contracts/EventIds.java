package org.scaleplan.contracts;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.scaleplan.contracts.metrics.SeriesLabels;

/**
 * Deterministic event ids: the same fact (same kind, same parts) always gets the same id, so a replay or a
 * restart that re-emits a decision produces a duplicate that consumers can drop by {@code eventId}. Distinct parts
 * always give distinct ids: a map of labels is written as {@link SeriesLabels} writes it, and a part holding the
 * separator or the escape character has them escaped.
 */
public final class EventIds {

    private static final String SEPARATOR = "\u001f";

    private EventIds() {
    }

    /** A name-based (RFC 4122 version 3) UUID of {@code kind} and {@code parts}, e.g. system, rule, window start. */
    public static UUID of(String kind, Object... parts) {
        String name = Arrays.stream(parts).map(EventIds::part)
                .collect(Collectors.joining(SEPARATOR, "scaleplan:" + kind + ":", ""));
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static String part(Object part) {
        String text = part instanceof Map<?, ?> labels ? SeriesLabels.text((Map<String, String>) labels)
                : String.valueOf(part);
        return text.contains(SEPARATOR) || text.contains("\\")
                ? text.replace("\\", "\\\\").replace(SEPARATOR, "\\u001f") : text;
    }
}
