package org.scaleplan.security.streams;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.security.decisions.DecisionBook;

/**
 * Each system's {@link DecisionBook} in a Kafka Streams store of JSON. A book that holds nothing is deleted, so a
 * system's key stays only while it has decisions in force or offences remembered.
 */
final class Books implements StoreSizes.Measured {

    private final KeyValueStore<String, byte[]> store;
    private volatile long keys;
    private volatile long bytes;

    Books(KeyValueStore<String, byte[]> store) {
        this.store = store;
        try (KeyValueIterator<String, byte[]> all = store.all()) {
            all.forEachRemaining(entry -> counted(null, entry.key, entry.value));
        }
    }

    DecisionBook of(String system) {
        byte[] json = store.get(system);
        return json == null ? DecisionBook.empty() : EventJson.mapper().readValue(json, DecisionBook.class);
    }

    void put(String system, DecisionBook book) {
        if (book.holdsNothing()) {
            counted(store.delete(system), system, null);
            return;
        }
        byte[] json = EventJson.mapper().writeValueAsBytes(book);
        counted(store.get(system), system, json);
        store.put(system, json);
    }

    List<KeyValue<String, DecisionBook>> all() {
        List<KeyValue<String, DecisionBook>> books = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> all = store.all()) {
            all.forEachRemaining(entry -> books.add(KeyValue.pair(entry.key,
                    EventJson.mapper().readValue(entry.value, DecisionBook.class))));
        }
        return books;
    }

    @Override
    public long keys() {
        return keys;
    }

    @Override
    public long bytes() {
        return bytes;
    }

    /** Counts the system's key as holding {@code after} instead of {@code before} (null: nothing). */
    private void counted(byte @Nullable [] before, String system, byte @Nullable [] after) {
        keys += (after == null ? 0 : 1) - (before == null ? 0 : 1);
        bytes += stored(system, after) - stored(system, before);
    }

    private static int stored(String system, byte @Nullable [] json) {
        return json == null ? 0 : JsonStore.stored(system, json);
    }
}
