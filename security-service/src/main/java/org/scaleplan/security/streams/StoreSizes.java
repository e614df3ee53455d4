package org.scaleplan.security.streams;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * How many keys each store holds on this instance, summed over the tasks it runs: the gauge
 * {@code scaleplan_store_keys{store="..."}}, so a long run shows whether state stays bounded. Counted exactly as
 * the stores are written, rather than RocksDB's estimate, which counts every overwrite until a compaction.
 */
final class StoreSizes {

    static final String GAUGE = "scaleplan.store.keys";

    private final Map<String, Map<Object, LongSupplier>> tasks = new ConcurrentHashMap<>();

    StoreSizes(MeterRegistry meters, List<String> stores) {
        for (String store : stores) {
            Map<Object, LongSupplier> ofStore = tasks.computeIfAbsent(store, name -> new ConcurrentHashMap<>());
            Gauge.builder(GAUGE, () -> ofStore.values().stream().mapToLong(LongSupplier::getAsLong).sum())
                    .tag("store", store).description("keys the store holds on this instance").register(meters);
        }
    }

    /** Counts {@code keys} in {@code store} for {@code task}, until the task closes. */
    void add(String store, Object task, LongSupplier keys) {
        tasks.get(store).put(task, keys);
    }

    void remove(Object task) {
        tasks.values().forEach(ofStore -> ofStore.remove(task));
    }
}
