package org.scaleplan.evaluator.streams;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
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

    @Override
    public void remove(String key) {
        store.delete(key);
    }

    @Override
    public void forEach(Entry<V> each) {
        try (KeyValueIterator<String, byte[]> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, byte[]> entry = all.next();
                each.accept(entry.key, EventJson.mapper().readValue(entry.value, type), entry.value.length);
            }
        }
    }
}
