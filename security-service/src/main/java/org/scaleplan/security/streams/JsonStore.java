package org.scaleplan.security.streams;

import org.apache.kafka.streams.state.KeyValueStore;
import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.security.detection.DetectionState;
import org.scaleplan.security.detection.DetectionStore;

/** Detection's state in a Kafka Streams store of JSON values, so its changelog is readable by any JSON tool. */
final class JsonStore implements DetectionStore {

    private final KeyValueStore<String, byte[]> store;

    JsonStore(KeyValueStore<String, byte[]> store) {
        this.store = store;
    }

    @Override
    public @Nullable DetectionState get(String key) {
        byte[] json = store.get(key);
        return json == null ? null : EventJson.mapper().readValue(json, DetectionState.class);
    }

    @Override
    public void put(String key, DetectionState state) {
        store.put(key, EventJson.mapper().writeValueAsBytes(state));
    }

    @Override
    public void delete(String key) {
        store.delete(key);
    }
}
