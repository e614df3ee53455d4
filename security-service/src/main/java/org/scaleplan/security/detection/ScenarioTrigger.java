package org.scaleplan.security.detection;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.security.DecisionAction;
import org.scaleplan.security.detection.Scenario.Kind;
import org.scaleplan.security.detection.Scenario.Source;

/**
 * When a scenario overflows and what it decides then, as read from its file: the bucket of kind leaky
 * ({@code capacity}, {@code leak}, {@code distinct}), the surge of kind surge ({@code window}, {@code factor},
 * {@code min-rate}, {@code warmup}) and the {@code decision}. Each field is checked against the scenario's kind.
 */
record ScenarioTrigger(@Nullable BucketSpec bucket, @Nullable SurgeSpec surge, @Nullable DecisionSpec decision) {

    static final List<String> BUCKET_KEYS = List.of("capacity", "leak", "distinct");
    static final List<String> SURGE_KEYS = List.of("window", "factor", "min-rate", "warmup");
    static final Set<String> DECISION_KEYS = Set.of("action", "ttl", "max-ttl");
    static final List<String> DECISION_REQUIRED = List.of("action", "ttl");

    /** An amount per duration, e.g. {@code 1/10s} or {@code 5/1m}. */
    private static final Pattern LEAK = Pattern.compile("(\\d+(?:\\.\\d+)?)/(\\d+)(ms|s|m|h|d)");

    private record Leak(double amount, Duration every) {
    }

    static ScenarioTrigger read(ScenarioFields f, @Nullable Source source, @Nullable Kind kind) {
        if (kind == Kind.SURGE) {
            BUCKET_KEYS.forEach(key -> f.forbid(key, "only for kind leaky"));
        } else if (kind == Kind.LEAKY) {
            SURGE_KEYS.forEach(key -> f.forbid(key, "only for kind surge"));
        }
        return new ScenarioTrigger(kind == Kind.LEAKY ? bucket(f, source) : null,
                kind == Kind.SURGE ? surge(f, source) : null, decision(f, kind));
    }

    private static @Nullable BucketSpec bucket(ScenarioFields f, @Nullable Source source) {
        f.require("capacity", "kind leaky");
        f.require("leak", "kind leaky");
        if (source == Source.ACCESS) {
            f.forbid("distinct", "only for source metrics (an access event has no labels)");
        }
        Double capacity = f.number("capacity");
        if (capacity != null && capacity <= 0) {
            f.problem("capacity", "must be more than 0");
            capacity = null;
        }
        Leak leak = leak(f);
        String distinct = f.text("distinct");
        return capacity == null || leak == null ? null
                : new BucketSpec(capacity, leak.amount(), leak.every(), distinct);
    }

    private static @Nullable Leak leak(ScenarioFields f) {
        String text = f.text("leak");
        Matcher m = text == null ? null : LEAK.matcher(text);
        if (m == null || !m.matches()) {
            if (text != null) {
                f.problem("leak", "must be an amount per duration like 1/10s or 5/1m, was " + text);
            }
            return null;
        }
        Leak leak = new Leak(Double.parseDouble(m.group(1)), duration(Long.parseLong(m.group(2)), m.group(3)));
        if (leak.amount() <= 0 || leak.every().isZero()) {
            f.problem("leak", "must leak more than 0 in more than 0s, was " + text);
            return null;
        }
        return leak;
    }

    private static Duration duration(long amount, String unit) {
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }

    private static @Nullable SurgeSpec surge(ScenarioFields f, @Nullable Source source) {
        SURGE_KEYS.forEach(key -> f.require(key, "kind surge"));
        if (source == Source.ACCESS) {
            f.problem("source", "must be metrics for kind surge");
        }
        Duration window = f.duration("window");
        Duration warmup = f.duration("warmup");
        Double factor = f.number("factor");
        Double minRate = f.number("min-rate");
        boolean valid = check(f, factor == null || factor > 1, "factor", "must be more than 1")
                & check(f, minRate == null || minRate >= 0, "min-rate", "must not be negative")
                & check(f, window == null || warmup == null || warmup.compareTo(window) >= 0, "warmup",
                        "must be at least one window");
        return valid && window != null && warmup != null && factor != null && minRate != null
                ? new SurgeSpec(window, factor, minRate, warmup) : null;
    }

    private static @Nullable DecisionSpec decision(ScenarioFields f, @Nullable Kind kind) {
        if (!f.has("decision")) {
            return null;
        }
        if (kind == Kind.SURGE) {
            f.problem("decision", "not for kind surge: it is about a whole system, so it only reports");
            return null;
        }
        ScenarioFields d = f.mapping("decision", DECISION_KEYS, DECISION_REQUIRED);
        DecisionAction action = d.oneOf("action", DecisionAction.values(), Enum::name);
        Duration ttl = d.duration("ttl");
        Duration maxTtl = d.has("max-ttl") ? d.duration("max-ttl") : ttl;
        boolean valid = check(d, ttl == null || maxTtl == null || maxTtl.compareTo(ttl) >= 0, "max-ttl",
                "must be at least the ttl");
        return valid && action != null && ttl != null && maxTtl != null ? new DecisionSpec(action, ttl, maxTtl) : null;
    }

    /** Notes {@code reason} for {@code key} unless {@code holds}; whether it holds. */
    private static boolean check(ScenarioFields f, boolean holds, String key, String reason) {
        if (!holds) {
            f.problem(key, reason);
        }
        return holds;
    }
}
