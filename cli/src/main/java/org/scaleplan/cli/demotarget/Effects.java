package org.scaleplan.cli.demotarget;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.EventJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The side effects the target applied, told apart by {@code Idempotency-Key} the way a real idempotent endpoint
 * would: the first request with a key is the effect, a repeat (a retry, or a step re-run after a crash) is a
 * duplicate that changes nothing. A request without a key cannot be recognised again, so each one is an effect.
 * Reads ({@code GET}, {@code HEAD}) change nothing, so they are neither. Requests to a path under {@code /fail/}
 * always fail and apply nothing, so that failure paths can be shown.
 *
 * <p>It also plays the generic HTTP scaler of the runbooks' {@code scale} steps, which read {@code {"replicas": n}}
 * and then write the new count with the same key: an effect whose body has {@code replicas} sets them for its path,
 * and a read answers them (1 until set). Thread-safe: the server answers requests on several threads.
 */
final class Effects {

    static final String FAILING_PATHS = "/fail/";
    private static final Set<String> READS = Set.of("GET", "HEAD");
    private static final int INITIAL_REPLICAS = 1;

    /** What one request amounted to. */
    enum Outcome {
        EFFECT, DUPLICATE, FAILED, READ
    }

    private final Map<String, Integer> byKey = new TreeMap<>();
    private final Map<String, Integer> byPath = new TreeMap<>();
    private final Map<String, Integer> replicas = new TreeMap<>();
    private int effects;
    private int duplicates;
    private int failures;

    synchronized Outcome record(String method, @Nullable String key, String path, byte[] body) {
        if (path.startsWith(FAILING_PATHS)) {
            failures++;
            return Outcome.FAILED;
        } else if (READS.contains(method)) {
            return Outcome.READ;
        } else if (key != null && byKey.merge(key, 1, Integer::sum) > 1) {
            duplicates++;
            return Outcome.DUPLICATE;
        }
        byPath.merge(path, 1, Integer::sum);
        effects++;
        replicasIn(body).ifPresent(count -> replicas.put(path, count));
        return Outcome.EFFECT;
    }

    /** The replicas the last effect on {@code path} set, as a scaler answers a read. */
    synchronized int replicas(String path) {
        return replicas.getOrDefault(path, INITIAL_REPLICAS);
    }

    /**
     * The counts, as {@code GET /_effects} serves them. {@code byKey} counts every successful request with the key
     * (above 1: it was repeated, but applied once); {@code byPath} counts effects, so a path above 1 was really
     * acted on more than once; {@code replicas} is what each scaled path was set to.
     */
    synchronized Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("effects", effects);
        snapshot.put("duplicates", duplicates);
        snapshot.put("failures", failures);
        snapshot.put("byKey", new TreeMap<>(byKey));
        snapshot.put("byPath", new TreeMap<>(byPath));
        snapshot.put("replicas", new TreeMap<>(replicas));
        return snapshot;
    }

    /** Forgets everything, so one target can serve several scenarios of a test run. */
    synchronized void reset() {
        byKey.clear();
        byPath.clear();
        replicas.clear();
        effects = 0;
        duplicates = 0;
        failures = 0;
    }

    /** The {@code replicas} of a JSON body; none for any other body, which the target takes as it comes. */
    private static OptionalInt replicasIn(byte[] body) {
        if (body.length == 0) {
            return OptionalInt.empty();
        }
        try {
            JsonNode count = EventJson.mapper().readTree(body).get("replicas");
            return count != null && count.isIntegralNumber() ? OptionalInt.of(count.asInt()) : OptionalInt.empty();
        } catch (JacksonException e) {
            return OptionalInt.empty();
        }
    }
}
