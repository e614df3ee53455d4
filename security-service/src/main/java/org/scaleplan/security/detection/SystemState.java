package org.scaleplan.security.detection;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Detection's view of one system's state while it reads one event arriving at stream time {@code now}: state the
 * event touches that has gone by then is ended first, exactly as a sweep would end it, and the event starts afresh;
 * and the bounds the event met. Whether state has gone thus never depends on when the store was last swept.
 */
final class SystemState {

    private final DetectionStore store;
    private final String system;
    private final Instant now;
    private final Lifetimes lifetimes;
    private final DetectionLimits limits;
    private final Set<DetectionBound> reached = EnumSet.noneOf(DetectionBound.class);

    SystemState(DetectionStore store, String system, Instant now, Lifetimes lifetimes, DetectionLimits limits) {
        this.store = store;
        this.system = system;
        this.now = now;
        this.lifetimes = lifetimes;
        this.limits = limits;
    }

    String system() {
        return system;
    }

    /** The stream time the event arrived at: what the state it changes records as its {@code lastArrival}. */
    Instant now() {
        return now;
    }

    DetectionLimits limits() {
        return limits;
    }

    /** The state under {@code key}; null when there is none or it has gone by now (then it is ended). */
    @Nullable DetectionState live(String key) {
        DetectionState state = store.get(key);
        if (state != null && lifetimes.gone(key, state, now)) {
            end(store, key, state);
            return null;
        }
        return state;
    }

    /** Whether {@code key} is there, for entries without a lifetime of their own. */
    boolean has(String key) {
        return store.get(key) != null;
    }

    void put(String key, DetectionState state) {
        store.put(key, state);
    }

    void end(String key, DetectionState state) {
        end(store, key, state);
    }

    /** Whether the system may have one more entry of {@code kind}; else notes {@code bound} as reached. */
    boolean mayAdd(String kind, DetectionBound bound) {
        if (store.count(kind, system) < limits.of(bound)) {
            return true;
        }
        reached(bound);
        return false;
    }

    void reached(DetectionBound bound) {
        reached.add(bound);
    }

    Detected detected(List<Overflow> overflows) {
        return new Detected(overflows, reached);
    }

    /** Removes {@code state} from the store, with what belongs to it: a bucket's distinct values. */
    static void end(DetectionStore store, String key, DetectionState state) {
        store.delete(key);
        if (state.bucket() != null && state.bucket().remembered() > 0) {
            store.deleteAll(StateKeys.distinctValues(key));
        }
    }
}
