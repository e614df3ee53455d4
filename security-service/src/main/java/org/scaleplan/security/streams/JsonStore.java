package org.scaleplan.security.streams;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.security.detection.DetectionState;
import org.scaleplan.security.detection.DetectionStore;
import org.scaleplan.security.detection.Lifetime;
import org.scaleplan.security.detection.Lifetimes;
import org.scaleplan.security.detection.Scenario.Source;
import org.scaleplan.security.detection.StateKeys;

/**
 * Detection's state in a Kafka Streams store of JSON values, so its changelog is readable by any JSON tool, with a
 * {@link StoreIndex} beside it that answers sweeps and counts without reading the store, and the clocks, which
 * every event reads, kept read as well (one per system).
 */
final class JsonStore implements DetectionStore {

    private final KeyValueStore<String, byte[]> store;
    private final Lifetimes lifetimes;
    private final StoreIndex index = new StoreIndex();
    private final Map<String, DetectionState> clocks = new HashMap<>();

    /** Indexes what {@code store} holds (restored from its changelog), reading it once. */
    JsonStore(KeyValueStore<String, byte[]> store, Lifetimes lifetimes) {
        this.store = store;
        this.lifetimes = lifetimes;
        try (KeyValueIterator<String, byte[]> all = store.all()) {
            all.forEachRemaining(entry -> index.put(entry.key, lifetime(entry.key, entry.value), true));
        }
    }

    @Override
    public @Nullable DetectionState get(String key) {
        DetectionState clock = clocks.get(key);
        if (clock != null) {
            return clock;
        }
        byte[] json = store.get(key);
        DetectionState state = json == null ? null : EventJson.mapper().readValue(json, DetectionState.class);
        if (state != null && state.clock() != null) {
            clocks.put(key, state);
        }
        return state;
    }

    @Override
    public void put(String key, DetectionState state) {
        boolean added = !index.has(key) && !clocks.containsKey(key) && store.get(key) == null;
        store.put(key, EventJson.mapper().writeValueAsBytes(state));
        index.put(key, lifetimes.of(key, state), added);
        if (state.clock() != null) {
            clocks.put(key, state);
        }
    }

    @Override
    public void delete(String key) {
        clocks.remove(key);
        index.remove(key, store.delete(key) != null);
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
    public List<String> ending(Source source, Instant by) {
        return index.ending(source, by);
    }

    /** How many keys it holds. */
    long size() {
        return index.size();
    }

    /** Distinct values have no lifetime of their own: not reading them keeps a large store's start quick. */
    private @Nullable Lifetime lifetime(String key, byte[] json) {
        return StateKeys.kind(key).equals(StateKeys.DISTINCT) ? null
                : lifetimes.of(key, EventJson.mapper().readValue(json, DetectionState.class));
    }
}
