package org.scaleplan.cost.streams;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;

import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.cost.evaluation.SystemCosts;

/**
 * The costs store: each system's {@link SystemCosts} as JSON, by system. A system that holds nothing any more (no
 * budget, no spend of an open month, no live series) leaves it, so the store holds the systems that are there, not
 * every system there ever was.
 */
final class CostStore {

    private final KeyValueStore<String, byte[]> store;

    CostStore(KeyValueStore<String, byte[]> store) {
        this.store = store;
    }

    SystemCosts get(String system) {
        byte[] json = store.get(system);
        return json == null ? SystemCosts.empty() : read(json);
    }

    /** @return what was stored; nothing when the system holds nothing and has left the store */
    Optional<byte[]> put(String system, SystemCosts costs) {
        if (costs.holdsNothing()) {
            store.delete(system);
            return Optional.empty();
        }
        byte[] json = EventJson.mapper().writeValueAsBytes(costs);
        store.put(system, json);
        return Optional.of(json);
    }

    /**
     * Runs every system's costs through {@code next} (given the system and its costs, it answers the very costs
     * given when they stay as they are), stores what changed, and counts what the store holds after.
     */
    StoreSizes.Tally update(BiFunction<String, SystemCosts, SystemCosts> next) {
        Map<String, SystemCosts> changed = new TreeMap<>();
        StoreSizes.Tally tally = new StoreSizes.Tally();
        try (KeyValueIterator<String, byte[]> all = store.all()) {
            all.forEachRemaining(entry -> {
                SystemCosts costs = read(entry.value);
                SystemCosts after = next.apply(entry.key, costs);
                if (after == costs) {
                    tally.add(entry.key, entry.value);
                } else {
                    changed.put(entry.key, after);
                }
            });
        }
        // Written once the iterator is closed: a store is not changed under an open iterator.
        changed.forEach((system, costs) -> put(system, costs).ifPresent(json -> tally.add(system, json)));
        return tally;
    }

    private static SystemCosts read(byte[] json) {
        return EventJson.mapper().readValue(json, SystemCosts.class);
    }
}
