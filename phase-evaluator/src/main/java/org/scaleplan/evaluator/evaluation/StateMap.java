package org.scaleplan.evaluator.evaluation;

import java.util.Map;
import java.util.TreeMap;

/**
 * Where an {@link Evaluation} keeps its state by key: a Kafka Streams store when live, a map when replaying.
 *
 * @param <V> the state kept per key
 */
public interface StateMap<V> {

    /** The state kept for {@code key}, or null if there is none. */
    V get(String key);

    void put(String key, V value);

    void remove(String key);

    /**
     * Hands over every key with its state and the size of its stored form (0 where nothing is serialized), in key
     * order. The map must not be changed meanwhile.
     */
    void forEach(Entry<V> each);

    /** One key of a {@link #forEach} pass. */
    @FunctionalInterface
    interface Entry<V> {
        void accept(String key, V value, long bytes);
    }

    /** State in a map of this process, as a replay keeps it. */
    static <V> StateMap<V> inMemory() {
        Map<String, V> values = new TreeMap<>();
        return new StateMap<>() {

            @Override
            public V get(String key) {
                return values.get(key);
            }

            @Override
            public void put(String key, V value) {
                values.put(key, value);
            }

            @Override
            public void remove(String key) {
                values.remove(key);
            }

            @Override
            public void forEach(Entry<V> each) {
                values.forEach((key, value) -> each.accept(key, value, 0));
            }
        };
    }
}
