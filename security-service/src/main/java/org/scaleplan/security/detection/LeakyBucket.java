package org.scaleplan.security.detection;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.security.Scope;
import org.scaleplan.security.detection.DetectionState.Bucket;

/**
 * Pours into the leaky bucket of one scenario and group value. Leaking is computed from the event time between
 * pours, continuously; a pour older than the bucket's own last one pours without leaking, since time does not run
 * backwards (how far it is behind other buckets or systems plays no part). A bucket that leaks empty starts a new
 * life at its next pour (its distinct values are forgotten), as does one that has gone ({@link Lifetimes}); one that
 * overflows is deleted, so it reports once and then has to fill up again. A bucket's distinct values are entries of
 * their own, so a pour reads and writes the same few small entries however many values the bucket remembers.
 */
final class LeakyBucket {

    /** The most event ids a bucket keeps for the overflow's {@code causedBy}: the latest ones. */
    static final int MAX_CAUSES = 20;

    /** What {@link #remember} answers for a value the bucket's life has counted already. */
    private static final int COUNTED = -1;

    /**
     * One pour.
     *
     * @param amount what is poured into a bucket of amounts
     * @param value the value of the distinct label, for a bucket of distinct values; else null
     */
    record Pour(Instant at, double amount, @Nullable String value, UUID eventId) {
    }

    private LeakyBucket() {
    }

    /** Pours into the bucket of {@code group}; the overflow, if this pour made its level exceed the capacity. */
    static Optional<Overflow> pour(Scenario scenario, String group, Pour pour, SystemState state) {
        BucketSpec spec = Objects.requireNonNull(scenario.bucket());
        String key = StateKeys.bucket(state.system(), scenario.id(), group);
        Bucket bucket = current(key, spec, pour.at(), state);
        if (bucket == null && !state.mayAdd(StateKeys.BUCKET, DetectionBound.BUCKETS_PER_SYSTEM)) {
            return Optional.empty();
        }
        int remembered = remember(key, bucket, pour, state);
        if (remembered == COUNTED) {
            return Optional.empty();
        }
        Bucket filled = filled(bucket, pour, spec.distinct() == null ? pour.amount() : 1, remembered, state.now());
        if (filled.level() <= spec.capacity()) {
            state.put(key, DetectionState.of(filled));
            return Optional.empty();
        }
        state.end(key, DetectionState.of(filled));
        Scope scope = new Scope(Objects.requireNonNull(scenario.scope()), group);
        return Optional.of(new Overflow(scenario, state.system(), scope, summary(scenario, group, filled), pour.at(),
                filled.causedBy().stream().map(UUID::fromString).toList()));
    }

    /**
     * The bucket as the pour finds it, leaked until then; null when there is none, or its life has ended. An
     * ended life's distinct values go with it; a bucket of amounts is simply written over by the next life.
     */
    private static @Nullable Bucket current(String key, BucketSpec spec, Instant at, SystemState state) {
        DetectionState stored = state.live(key);
        if (stored == null) {
            return null;
        }
        Bucket leaked = leaked(Objects.requireNonNull(stored.bucket()), spec, at);
        if (leaked == null && stored.bucket().remembered() > 0) {
            state.end(key, stored);
        }
        return leaked;
    }

    /** The bucket leaked until {@code at}; null when it leaked empty. */
    private static @Nullable Bucket leaked(Bucket bucket, BucketSpec spec, Instant at) {
        Instant last = bucket.lastPour();
        double level = bucket.level() - spec.leakedOver(at.isAfter(last) ? Duration.between(last, at) : Duration.ZERO);
        if (level <= 0) {
            return null;
        }
        return new Bucket(level, bucket.poured(), bucket.firstPour(), at.isAfter(last) ? at : last,
                bucket.remembered(), bucket.causedBy(), bucket.lastArrival());
    }

    /**
     * Remembers the pour's distinct value for the bucket's life: how many values the bucket remembers then, or
     * {@link #COUNTED} when this life has counted the value already. A value beyond the bound is counted, not
     * remembered.
     */
    private static int remember(String key, @Nullable Bucket bucket, Pour pour, SystemState state) {
        int remembered = bucket == null ? 0 : bucket.remembered();
        if (pour.value() == null) {
            return remembered;
        }
        String valueKey = StateKeys.distinctValues(key) + pour.value();
        if (bucket != null && state.has(valueKey)) {
            return COUNTED;
        }
        if (remembered >= state.limits().maxDistinctPerBucket()) {
            state.reached(DetectionBound.DISTINCT_PER_BUCKET);
            return remembered;
        }
        state.put(valueKey, DetectionState.counted(pour.at()));
        return remembered + 1;
    }

    /** The bucket with the pour added, arriving at stream time {@code now}. */
    private static Bucket filled(@Nullable Bucket bucket, Pour pour, double amount, int remembered, Instant now) {
        String cause = pour.eventId().toString();
        if (bucket == null) {
            return new Bucket(amount, amount, pour.at(), pour.at(), remembered, List.of(cause), now);
        }
        Instant first = pour.at().isBefore(bucket.firstPour()) ? pour.at() : bucket.firstPour();
        return new Bucket(bucket.level() + amount, bucket.poured() + amount, first, bucket.lastPour(), remembered,
                latest(bucket.causedBy(), cause), now);
    }

    /** {@code causes} with {@code cause} added last, keeping the latest {@link #MAX_CAUSES}. */
    private static List<String> latest(List<String> causes, String cause) {
        List<String> appended = new ArrayList<>(causes);
        appended.add(cause);
        return List.copyOf(appended.subList(Math.max(0, appended.size() - MAX_CAUSES), appended.size()));
    }

    /** E.g. {@code 23 auth_failures_total from 203.0.113.7 within 3m (capacity 20)}. */
    private static String summary(Scenario scenario, String group, Bucket bucket) {
        BucketSpec spec = Objects.requireNonNull(scenario.bucket());
        String poured = Wording.number(bucket.poured());
        String what = switch (scenario.source()) {
            case METRICS -> spec.distinct() == null ? poured + " " + scenario.metric() + " from " + group
                    : poured + " distinct values of " + spec.distinct() + " in " + scenario.metric() + " from " + group;
            case ACCESS -> poured + " calls" + matching(scenario) + " by key " + group;
        };
        return what + " within " + Wording.duration(Duration.between(bucket.firstPour(), bucket.lastPour()))
                + " (capacity " + Wording.number(spec.capacity()) + ")";
    }

    private static String matching(Scenario scenario) {
        return scenario.match().isEmpty() ? "" : new TreeMap<>(scenario.match()).entrySet().stream()
                .map(m -> m.getKey() + "=" + m.getValue()).collect(Collectors.joining(", ", " with ", ""));
    }
}
