package org.scaleplan.cost.streams;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.streams.processor.TaskId;

/**
 * How much a store holds on this instance, as {@code scaleplan_store_keys{store=...}} and
 * {@code scaleplan_store_bytes{store=...}} (keys and their JSON values): the sum over the instance's tasks of what
 * each task's latest sweep counted. Exact where an estimate of the store's engine is not (a deleted key stays in
 * RocksDB's count until compaction), and a sweep reads every key anyway.
 */
final class StoreSizes {

    private final Map<TaskId, Tally> byTask = new ConcurrentHashMap<>();

    StoreSizes(String store, MeterRegistry meters) {
        Gauge.builder("scaleplan.store.keys", this, sizes -> sizes.sum(false)).tag("store", store)
                .description("keys in the store, as of its latest sweep").strongReference(true).register(meters);
        Gauge.builder("scaleplan.store.bytes", this, sizes -> sizes.sum(true)).tag("store", store)
                .description("bytes of keys and values in the store, as of its latest sweep").strongReference(true)
                .register(meters);
    }

    void update(TaskId task, Tally tally) {
        byTask.put(task, tally);
    }

    /** The task has left this instance (closed or moved): its store is counted where it is now. */
    void forget(TaskId task) {
        byTask.remove(task);
    }

    private double sum(boolean bytes) {
        return byTask.values().stream().mapToLong(tally -> bytes ? tally.bytes : tally.keys).sum();
    }

    /** What one sweep of one task's store counted. */
    static final class Tally {

        private long keys;
        private long bytes;

        void add(String key, byte[] value) {
            keys++;
            bytes += key.getBytes(StandardCharsets.UTF_8).length + value.length;
        }
    }
}
