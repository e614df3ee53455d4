package org.scaleplan.contracts;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Deterministic event ids: the same fact (same kind, same parts) always gets the same id, so a replay or a
 * restart that re-emits a decision produces a duplicate that consumers can drop by {@code eventId}.
 */
public final class EventIds {

    private EventIds() {
    }

    /** A name-based (RFC 4122 version 3) UUID of {@code kind} and {@code parts}, e.g. system, rule, window start. */
    public static UUID of(String kind, Object... parts) {
        String name = Arrays.stream(parts).map(String::valueOf).collect(Collectors.joining("\u001f", "scaleplan:" + kind + ":", ""));
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
