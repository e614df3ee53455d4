package org.scaleplan.security.streams;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.security.detection.DetectionState;
import org.scaleplan.security.detection.DetectionStore;
import org.scaleplan.security.detection.Lifetimes;
import org.scaleplan.security.detection.StateKeys;

/**
 * Detection's state in a Kafka Streams store of JSON values, so its changelog is readable by any JSON tool, with a
 * {@link StoreIndex} beside it that answers sweeps, counts and sizes without reading the store.
 */
final class JsonStore implements DetectionStore, StoreSizes.Measured {

    private final KeyValueStore<String, byte[]> store;
    private final Lifetimes lifetimes;
    private final StoreIndex index = new StoreIndex();

    /** Indexes what {@code store} holds (restored from its changelog), reading it once. */
    JsonStore(KeyValueStore<String, byte[]> store, Lifetimes lifetimes) {
        this.store = store;
        this.lifetimes = lifetimes;
        try (KeyValueIterator<String, byte[]> all = store.all()) {
            all.forEachRemaining(entry -> index.put(entry.key, goneAt(entry.key, entry.value),
                    stored(entry.key, entry.value), null));
        }
    }

    @Override
    public @Nullable DetectionState get(String key) {
        byte[] json = store.get(key);
        return json == null ? null : EventJson.mapper().readValue(json, DetectionState.class);
    }

    /** Only a key without a lifetime (a distinct value) is read first, to know whether it is new. */
    @Override
    public void put(String key, DetectionState state) {
        byte[] json = EventJson.mapper().writeValueAsBytes(state);
        Integer before = index.bytesOf(key);
        if (before == null) {
            byte[] previous = store.get(key);
            before = previous == null ? null : stored(key, previous);
        }
        store.put(key, json);
        index.put(key, lifetimes.goneAt(key, state), stored(key, json), before);
    }

    @Override
    public void delete(String key) {
        byte[] previous = store.delete(key);
        index.remove(key, previous == null ? null : stored(key, previous));
    }

    @Override
    public void deleteAll(String prefix) {
        List<String> keys = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> matching = store.prefixScan(prefix, new StringSerializer())) {
            matching.forEachRemaining(entry -> keys.add(entry.key));
        }
        keys.forEach(this::delete);
    }

    @Override
    public int count(String kind, String system) {
        return index.count(kind, system);
    }

    @Override
    public List<String> ending(Instant by) {
        return index.ending(by);
    }

    @Override
    public long keys() {
        return index.size();
    }

    @Override
    public long bytes() {
        return index.bytes();
    }

    /** Distinct values have no lifetime of their own: not reading them keeps a large store's start quick. */
    private @Nullable Instant goneAt(String key, byte[] json) {
        return StateKeys.kind(key).equals(StateKeys.DISTINCT) ? null
                : lifetimes.goneAt(key, EventJson.mapper().readValue(json, DetectionState.class));
    }

    /** What a key and its value take in the store. */
    static int stored(String key, byte[] value) {
        return key.getBytes(StandardCharsets.UTF_8).length + value.length;
    }
}
