package org.scaleplan.evaluator.evaluation;

/**
 * Where an {@link Evaluation} keeps its state by key: a Kafka Streams store when live, a map when replaying.
 *
 * @param <V> the state kept per key
 */
public interface StateMap<V> {

    /** The state kept for {@code key}, or null if there is none. */
    V get(String key);

    void put(String key, V value);
}
