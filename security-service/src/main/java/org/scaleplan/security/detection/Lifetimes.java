package org.scaleplan.security.detection;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.metrics.Staleness;
import org.scaleplan.security.detection.DetectionState.Bucket;
import org.scaleplan.security.detection.Scenario.Source;

/**
 * How long each entry of detection's state lives, judged by the clock of its system (see {@link Clocks}):
 * <ul>
 * <li>a counter series until it has gone by the {@link Staleness} rule;
 * <li>a bucket until it has leaked empty;
 * <li>a surge until its system has sent none of its metric for the staleness period after its current window;
 * <li>a system's clock until the partition's clock, less {@link Staleness#SKEW}, has passed it: from then on it is
 *     the system's clock anyway;
 * <li>state of a scenario no longer loaded ends at once.
 * </ul>
 * A distinct value lives as long as its bucket, and a partition's clock for ever (one per source).
 */
public final class Lifetimes {

    private final Map<String, Scenario> scenarios;
    private final Staleness staleness;

    Lifetimes(List<Scenario> scenarios, Staleness staleness) {
        this.scenarios = scenarios.stream().collect(Collectors.toMap(Scenario::id, Function.identity()));
        this.staleness = staleness;
    }

    /** The lifetime of {@code state} kept under {@code key}; null when it has none of its own. */
    public @Nullable Lifetime of(String key, DetectionState state) {
        String system = StateKeys.system(key);
        if (state.series() != null) {
            return new Lifetime(Source.METRICS, system, staleness.endedAt(state.series().at()));
        }
        if (state.surge() != null) {
            Scenario scenario = scenarios.get(StateKeys.scenario(key));
            return scenario == null ? ended(system) : new Lifetime(Source.METRICS, system, staleness.endedAt(
                    state.surge().windowStart().plus(Objects.requireNonNull(scenario.surge()).window())));
        }
        if (state.bucket() != null) {
            return bucket(key, system, state.bucket());
        }
        if (state.clock() != null && system != null) {
            return new Lifetime(StateKeys.clockSource(key), null, state.clock().plus(Staleness.SKEW));
        }
        return null;
    }

    private Lifetime bucket(String key, @Nullable String system, Bucket bucket) {
        Scenario scenario = scenarios.get(StateKeys.scenario(key));
        if (scenario == null || scenario.bucket() == null) {
            return ended(system);
        }
        return new Lifetime(scenario.source(), system,
                bucket.lastPour().plus(scenario.bucket().emptyAfter(bucket.level())));
    }

    private static Lifetime ended(@Nullable String system) {
        return new Lifetime(Source.METRICS, system, Instant.EPOCH);
    }
}
