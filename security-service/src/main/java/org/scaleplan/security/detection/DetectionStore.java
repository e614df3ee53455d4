package org.scaleplan.security.detection;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where detection keeps its state: a key-value store the caller provides (a Kafka Streams store), keyed as
 * {@link StateKeys} says. Nothing stays in it for ever: each entry has a {@link Lifetimes lifetime} in stream time,
 * is ended by the first event that touches it and finds it gone, and otherwise by a {@link Detection#sweep sweep}.
 */
public interface DetectionStore {

    @Nullable DetectionState get(String key);

    void put(String key, DetectionState state);

    void delete(String key);

    /** Deletes every key that starts with {@code prefix}. */
    void deleteAll(String prefix);

    /** How many keys of {@code kind} the store holds for {@code system}. */
    int count(String kind, String system);

    /**
     * The keys whose lifetime ends by stream time {@code by}: at least those, and perhaps more (the caller checks
     * each), so a store may answer from an index, or with all its keys.
     */
    List<String> ending(Instant by);
}
