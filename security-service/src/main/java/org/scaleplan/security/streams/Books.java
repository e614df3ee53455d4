package org.scaleplan.security.streams;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.security.decisions.DecisionBook;

/**
 * Each system's {@link DecisionBook} in a Kafka Streams store of JSON. A book that holds nothing is deleted, so a
 * system's key stays only while it has decisions in force or offences remembered.
 */
final class Books {

    private final KeyValueStore<String, byte[]> store;
    private volatile long size;

    Books(KeyValueStore<String, byte[]> store) {
        this.store = store;
        this.size = all().size();
    }

    DecisionBook of(String system) {
        byte[] json = store.get(system);
        return json == null ? DecisionBook.empty() : EventJson.mapper().readValue(json, DecisionBook.class);
    }

    void put(String system, DecisionBook book) {
        if (book.holdsNothing()) {
            size -= store.delete(system) == null ? 0 : 1;
            return;
        }
        size += store.get(system) == null ? 1 : 0;
        store.put(system, EventJson.mapper().writeValueAsBytes(book));
    }

    List<KeyValue<String, DecisionBook>> all() {
        List<KeyValue<String, DecisionBook>> books = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> all = store.all()) {
            all.forEachRemaining(entry -> books.add(KeyValue.pair(entry.key,
                    EventJson.mapper().readValue(entry.value, DecisionBook.class))));
        }
        return books;
    }

    /** How many books it holds; read from any thread, for the store-size gauge. */
    long size() {
        return size;
    }
}
