package org.scaleplan.security.streams;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * How many keys each store holds on this instance, and the bytes of those keys and their values, summed over the
 * tasks it runs: the gauges {@code scaleplan_store_keys{store="..."}} and {@code scaleplan_store_bytes{store="..."}},
 * so a long run shows whether state stays bounded. Counted exactly as the stores are written, rather than RocksDB's
 * estimates, which count every overwrite until a compaction.
 */
final class StoreSizes {

    static final String KEYS = "scaleplan.store.keys";
    static final String BYTES = "scaleplan.store.bytes";

    /** What one task's store holds; read from any thread. */
    interface Measured {

        long keys();

        long bytes();
    }

    private final Map<String, Map<Object, Measured>> tasks = new ConcurrentHashMap<>();

    StoreSizes(MeterRegistry meters, List<String> stores) {
        for (String store : stores) {
            Map<Object, Measured> ofStore = tasks.computeIfAbsent(store, name -> new ConcurrentHashMap<>());
            gauge(meters, KEYS, store, ofStore, Measured::keys, "keys the store holds on this instance");
            gauge(meters, BYTES, store, ofStore, Measured::bytes,
                    "bytes of the keys and values the store holds on this instance");
        }
    }

    /** Counts {@code store} of {@code task}, until the task closes. */
    void add(String store, Object task, Measured measured) {
        tasks.get(store).put(task, measured);
    }

    void remove(Object task) {
        tasks.values().forEach(ofStore -> ofStore.remove(task));
    }

    private static void gauge(MeterRegistry meters, String name, String store, Map<Object, Measured> ofStore,
            ToLongFunction<Measured> measure, String description) {
        Gauge.builder(name, () -> ofStore.values().stream().mapToLong(measure).sum()).tag("store", store)
                .description(description).register(meters);
    }
}
