package org.scaleplan.evaluator.streams;

import org.apache.kafka.streams.state.KeyValueStore;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.evaluator.evaluation.StateMap;

/** A {@link StateMap} over a Kafka Streams store of JSON values, so its changelog is readable by any JSON tool. */
final class JsonStateMap<V> implements StateMap<V> {

    private final KeyValueStore<String, byte[]> store;
    private final Class<V> type;

    JsonStateMap(KeyValueStore<String, byte[]> store, Class<V> type) {
        this.store = store;
        this.type = type;
    }

    @Override
    public V get(String key) {
        byte[] json = store.get(key);
        return json == null ? null : EventJson.mapper().readValue(json, type);
    }

    @Override
    public void put(String key, V value) {
        store.put(key, EventJson.mapper().writeValueAsBytes(value));
    }
}
