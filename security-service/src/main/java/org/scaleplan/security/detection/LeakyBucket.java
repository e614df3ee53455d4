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
 * pours, continuously; a pour older than the bucket's last one pours without leaking, since time does not run
 * backwards. A bucket that leaks empty starts a new life (its distinct values are forgotten); one that overflows is
 * deleted, so it reports once and then has to fill up again.
 */
final class LeakyBucket {

    /**
     * The most distinct values a bucket remembers; beyond it the oldest are forgotten (and would count again), so an
     * address trying millions of users cannot grow one state without bound.
     */
    static final int MAX_DISTINCT = 10_000;

    /** The most event ids a bucket keeps for the overflow's {@code causedBy}: the latest ones. */
    static final int MAX_CAUSES = 20;

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
    static Optional<Overflow> pour(Scenario scenario, String system, String group, Pour pour, DetectionStore store) {
        BucketSpec spec = Objects.requireNonNull(scenario.bucket());
        String key = String.join("|", "bucket", system, scenario.id(), group);
        DetectionState stored = store.get(key);
        Bucket bucket = leaked(stored == null ? null : stored.bucket(), spec, pour.at());
        if (bucket != null && pour.value() != null && bucket.distinct().contains(pour.value())) {
            return Optional.empty();
        }
        Bucket filled = filled(bucket, pour, spec.distinct() == null ? pour.amount() : 1);
        if (filled.level() <= spec.capacity()) {
            store.put(key, DetectionState.of(filled));
            return Optional.empty();
        }
        store.delete(key);
        Scope scope = new Scope(Objects.requireNonNull(scenario.scope()), group);
        return Optional.of(new Overflow(scenario, system, scope, summary(scenario, group, filled), pour.at(),
                filled.causedBy().stream().map(UUID::fromString).toList()));
    }

    /** The bucket leaked until {@code at}; null when there is none or it leaked empty. */
    private static @Nullable Bucket leaked(@Nullable Bucket bucket, BucketSpec spec, Instant at) {
        if (bucket == null) {
            return null;
        }
        Instant last = bucket.lastPour();
        double level = bucket.level() - spec.leakedOver(at.isAfter(last) ? Duration.between(last, at) : Duration.ZERO);
        if (level <= 0) {
            return null;
        }
        return new Bucket(level, bucket.poured(), bucket.firstPour(), at.isAfter(last) ? at : last, bucket.distinct(),
                bucket.causedBy());
    }

    private static Bucket filled(@Nullable Bucket bucket, Pour pour, double amount) {
        String cause = pour.eventId().toString();
        if (bucket == null) {
            return new Bucket(amount, amount, pour.at(), pour.at(), appended(List.of(), pour.value(), MAX_DISTINCT),
                    List.of(cause));
        }
        Instant first = pour.at().isBefore(bucket.firstPour()) ? pour.at() : bucket.firstPour();
        return new Bucket(bucket.level() + amount, bucket.poured() + amount, first, bucket.lastPour(),
                appended(bucket.distinct(), pour.value(), MAX_DISTINCT),
                appended(bucket.causedBy(), cause, MAX_CAUSES));
    }

    /** {@code values} with {@code value} added last, keeping the latest {@code max}. */
    private static List<String> appended(List<String> values, @Nullable String value, int max) {
        if (value == null) {
            return values;
        }
        List<String> appended = new ArrayList<>(values);
        appended.add(value);
        return List.copyOf(appended.subList(Math.max(0, appended.size() - max), appended.size()));
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
