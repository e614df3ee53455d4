package org.scaleplan.security.detection;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.metrics.Staleness;
import org.scaleplan.security.detection.DetectionState.Bucket;

/**
 * When each entry of detection's state has gone, as {@link Staleness} has it in every service: once nothing of it
 * has arrived for its period, in stream time (the arrival stamps Kafka put on the records), counted from the
 * entry's own {@code lastArrival}. Never by event time, so an entry that keeps arriving never goes however far its
 * samples run behind others (a lagging region, a Prometheus catching up after an outage).
 * <ul>
 * <li>a counter series and a surge: the staleness period;
 * <li>a bucket: the staleness period, or as long as it takes to leak empty if that is longer, so that a slow
 *     bucket keeps its level across a pause of its attacker. A bucket that has leaked empty by a pour's event
 *     time is not waited for: that pour starts its next life (see {@link LeakyBucket});
 * <li>state of a scenario no longer loaded: at once.
 * </ul>
 * A distinct value has no lifetime of its own: it lives as long as its bucket's life.
 */
public final class Lifetimes {

    private final Map<String, Scenario> scenarios;
    private final Staleness staleness;

    Lifetimes(List<Scenario> scenarios, Staleness staleness) {
        this.scenarios = scenarios.stream().collect(Collectors.toMap(Scenario::id, Function.identity()));
        this.staleness = staleness;
    }

    /** The stream time at which {@code state}, kept under {@code key}, has gone; null when it has no lifetime. */
    public @Nullable Instant goneAt(String key, DetectionState state) {
        if (state.series() != null) {
            return state.series().lastArrival().plus(staleness.period());
        }
        if (state.surge() != null) {
            return scenarios.containsKey(StateKeys.scenario(key))
                    ? state.surge().lastArrival().plus(staleness.period()) : Instant.EPOCH;
        }
        if (state.bucket() != null) {
            return bucket(key, state.bucket());
        }
        return null;
    }

    /** Whether {@code state}, kept under {@code key}, has gone by stream time {@code now}. */
    boolean gone(String key, DetectionState state, Instant now) {
        Instant goneAt = goneAt(key, state);
        return goneAt != null && !goneAt.isAfter(now);
    }

    private Instant bucket(String key, Bucket bucket) {
        Scenario scenario = scenarios.get(StateKeys.scenario(key));
        if (scenario == null || scenario.bucket() == null) {
            return Instant.EPOCH;
        }
        Duration emptyAfter = scenario.bucket().emptyAfter(bucket.level());
        return bucket.lastArrival().plus(emptyAfter.compareTo(staleness.period()) > 0 ? emptyAfter
                : staleness.period());
    }
}
