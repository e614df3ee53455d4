package org.scaleplan.security.detection;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.Require;
import org.scaleplan.contracts.access.ActionAudited;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.contracts.security.ScopeType;

/**
 * One kind of abuse to detect, as read from a scenario file: which events feed it, how they are grouped (per
 * client address, per API key, ...), the bucket or surge that decides when it overflows, and what to decide then.
 *
 * @param metric the counter fed in, for source metrics; null for access
 * @param match for metrics, labels a series must have; for access, the values of {@code status}, {@code service}
 *     or {@code outcome} an event must have
 * @param groupBy the label whose value names a bucket (metrics), or {@link #ACTOR_KEY} (access); null for a surge,
 *     which watches a whole system
 * @param scope what the group value is (an address, a key, a user); null for a surge
 * @param bucket the leaky bucket, for kind leaky; else null
 * @param surge the surge, for kind surge; else null
 * @param decision what to decide about the scope on overflow; null when the scenario only reports
 */
public record Scenario(String id, String description, Source source, @Nullable String metric,
        Map<String, String> match, @Nullable String groupBy, @Nullable ScopeType scope, Mode mode, String severity,
        @Nullable BucketSpec bucket, @Nullable SurgeSpec surge, @Nullable DecisionSpec decision) {

    /** The group-by of access scenarios: the API key that made the call. */
    public static final String ACTOR_KEY = "actor-key";

    /** The fields of an access event that {@link #match} can name. */
    static final Set<String> ACCESS_FIELDS = Set.of("status", "service", "outcome");

    /** What feeds a scenario: metric samples of the watched systems, or Scaleplan's own audited API calls. */
    public enum Source {
        METRICS, ACCESS
    }

    /** Whether a scenario's overflows are acted on, or only reported (to try a scenario on real traffic first). */
    public enum Mode {
        LIVE, SHADOW
    }

    /** How a scenario decides: a leaky bucket per group value, or a surge of a system's total. */
    public enum Kind {
        LEAKY, SURGE
    }

    public Scenario {
        Require.text(id, "id");
        Require.present(description, "description");
        Require.present(source, "source");
        match = Require.map(match);
        Require.present(mode, "mode");
        Require.text(severity, "severity");
        if ((bucket == null) == (surge == null)) {
            throw new IllegalArgumentException(id + ": a scenario has either a bucket or a surge");
        }
        if ((source == Source.METRICS) == (metric == null)) {
            throw new IllegalArgumentException(id + ": a metric is named exactly for source metrics");
        }
        if (bucket != null && (groupBy == null || scope == null)) {
            throw new IllegalArgumentException(id + ": a bucket needs a group-by and a scope");
        }
    }

    public Kind kind() {
        return bucket != null ? Kind.LEAKY : Kind.SURGE;
    }

    /** Whether {@code sample} feeds this scenario: its metric, with every label of {@link #match}. */
    boolean matches(MetricSample sample) {
        return source == Source.METRICS && sample.name().equals(metric)
                && match.entrySet().stream().allMatch(m -> m.getValue().equals(sample.labels().get(m.getKey())));
    }

    /** Whether {@code event} feeds this scenario: every field of {@link #match} has the matched value. */
    boolean matches(ActionAudited event) {
        return source == Source.ACCESS && match.entrySet().stream()
                .allMatch(m -> m.getValue().equals(accessField(event, m.getKey())));
    }

    /** The value of an access event's field as it is written in {@code match}. */
    static @Nullable String accessField(ActionAudited event, String field) {
        return switch (field) {
            case "status" -> String.valueOf(event.status());
            case "service" -> event.service();
            case "outcome" -> event.outcome().name();
            default -> null;
        };
    }

    /** The group value of {@code sample}: the {@link #groupBy} label's value, or null when it has none. */
    @Nullable String groupOf(MetricSample sample) {
        String value = sample.labels().get(Objects.requireNonNull(groupBy));
        return value == null || value.isBlank() ? null : value;
    }
}
