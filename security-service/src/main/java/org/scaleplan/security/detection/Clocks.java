package org.scaleplan.security.detection;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.metrics.Staleness;
import org.scaleplan.security.detection.Scenario.Source;

/**
 * Detection's clocks, in event time and kept in its store. A system's clock is the newest time detection has read
 * of it, or its partition's clock less {@link Staleness#SKEW} if that is later ({@link Staleness#systemClock}); the
 * partition's clock is the newest time read of any system in the store. They are kept per source and move only
 * with what detection reads: samples may carry any time the intake admits, while Scaleplan's access records, and
 * the other records on the same partitions (incident-service's steps, admins' commands), carry the wall clock's, so
 * one must not age the other's state.
 */
final class Clocks {

    private Clocks() {
    }

    /** Moves the clocks of {@code system} and its partition on to {@code at} if it is newer; the system's clock. */
    static Instant advance(Source source, String system, Instant at, DetectionStore store) {
        Instant newest = newest(store, StateKeys.clock(source, system), at);
        return Staleness.systemClock(newest, newest(store, StateKeys.clock(source), at));
    }

    /** The partition's clock of {@code source}; null before detection has read anything from it. */
    static @Nullable Instant partition(Source source, DetectionStore store) {
        DetectionState state = store.get(StateKeys.clock(source));
        return state == null ? null : state.clock();
    }

    /** The clock of {@code system}, in a partition whose clock is {@code partition}. */
    static Instant system(Source source, String system, Instant partition, DetectionStore store) {
        DetectionState state = store.get(StateKeys.clock(source, system));
        return Staleness.systemClock(state == null ? null : state.clock(), partition);
    }

    private static Instant newest(DetectionStore store, String key, Instant at) {
        DetectionState state = store.get(key);
        Instant before = state == null ? null : state.clock();
        if (before != null && !at.isAfter(before)) {
            return before;
        }
        store.put(key, DetectionState.clock(at));
        return at;
    }
}
