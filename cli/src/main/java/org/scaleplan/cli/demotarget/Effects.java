package org.scaleplan.cli.demotarget;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * The side effects the target applied, told apart by {@code Idempotency-Key} the way a real idempotent endpoint
 * would: the first request with a key is the effect, a repeat (a retry, or a step re-run after a crash) is a
 * duplicate that changes nothing. A request without a key cannot be recognised again, so each one is an effect.
 * Requests to a path under {@code /fail/} always fail and apply nothing, so that failure paths can be shown.
 * Thread-safe: the server answers requests on several threads.
 */
final class Effects {

    static final String FAILING_PATHS = "/fail/";

    /** What one request amounted to. */
    enum Outcome {
        EFFECT, DUPLICATE, FAILED
    }

    private final Map<String, Integer> byKey = new TreeMap<>();
    private final Map<String, Integer> byPath = new TreeMap<>();
    private int effects;
    private int duplicates;
    private int failures;

    synchronized Outcome record(@Nullable String key, String path) {
        if (path.startsWith(FAILING_PATHS)) {
            failures++;
            return Outcome.FAILED;
        }
        if (key != null && byKey.merge(key, 1, Integer::sum) > 1) {
            duplicates++;
            return Outcome.DUPLICATE;
        }
        byPath.merge(path, 1, Integer::sum);
        effects++;
        return Outcome.EFFECT;
    }

    /**
     * The counts, as {@code GET /_effects} serves them. {@code byKey} counts every successful request with the key
     * (above 1: it was repeated, but applied once); {@code byPath} counts effects, so a path above 1 was really
     * acted on more than once.
     */
    synchronized Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("effects", effects);
        snapshot.put("duplicates", duplicates);
        snapshot.put("failures", failures);
        snapshot.put("byKey", new TreeMap<>(byKey));
        snapshot.put("byPath", new TreeMap<>(byPath));
        return snapshot;
    }

    /** Forgets everything, so one target can serve several scenarios of a test run. */
    synchronized void reset() {
        byKey.clear();
        byPath.clear();
        effects = 0;
        duplicates = 0;
        failures = 0;
    }
}
