package org.scaleplan.evaluator.evaluation;

import java.util.HashMap;
import java.util.Map;

/**
 * Where an {@link Evaluation} keeps its state by key: a Kafka Streams store when live, a map when replaying.
 *
 * @param <V> the state kept per key
 */
public interface StateMap<V> {

    /** The state kept for {@code key}, or null if there is none. */
    V get(String key);

    void put(String key, V value);

    /** State in a map of this process, as a replay keeps it. */
    static <V> StateMap<V> inMemory() {
        Map<String, V> values = new HashMap<>();
        return new StateMap<>() {

            @Override
            public V get(String key) {
                return values.get(key);
            }

            @Override
            public void put(String key, V value) {
                values.put(key, value);
            }
        };
    }
}
