package org.scaleplan.security.detection;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.access.Outcome;
import org.scaleplan.contracts.security.ScopeType;
import org.scaleplan.security.detection.Scenario.Kind;
import org.scaleplan.security.detection.Scenario.Source;

/**
 * What feeds a scenario and what its buckets are about, as read from its file: {@code metric}, {@code match},
 * {@code group-by} and {@code scope}, checked against the scenario's source and kind (null when those are invalid,
 * which is a problem already).
 */
record ScenarioInputs(@Nullable String metric, Map<String, String> match, @Nullable String groupBy,
        @Nullable ScopeType scope) {

    /** The group-by a surge may name: the whole system, as when it names none. */
    static final String SYSTEM = "system";

    private static final Pattern STATUS = Pattern.compile("[1-5][0-9][0-9]");

    static ScenarioInputs read(ScenarioFields f, @Nullable Source source, @Nullable Kind kind) {
        return new ScenarioInputs(metric(f, source), match(f, source), groupBy(f, source, kind),
                scope(f, source, kind));
    }

    private static @Nullable String metric(ScenarioFields f, @Nullable Source source) {
        if (source == Source.METRICS) {
            f.require("metric", "source metrics");
        } else if (source == Source.ACCESS) {
            f.forbid("metric", "only for source metrics");
        }
        return f.text("metric");
    }

    /** Labels to match for metrics; for access, known fields with values they can have. */
    private static Map<String, String> match(ScenarioFields f, @Nullable Source source) {
        Map<String, String> match = f.texts("match");
        if (source == Source.ACCESS) {
            match.forEach((field, value) -> accessMatch(f, field, value));
        }
        return match;
    }

    private static void accessMatch(ScenarioFields f, String field, String value) {
        String named = "match." + field;
        if (!Scenario.ACCESS_FIELDS.contains(field)) {
            f.problem("match", named, "unknown field of an access event (expected one of "
                    + new TreeSet<>(Scenario.ACCESS_FIELDS) + ")");
        } else if (field.equals("status") && !STATUS.matcher(value).matches()) {
            f.problem("match", named, "must be an HTTP status like 429, was " + value);
        } else if (field.equals("outcome") && Arrays.stream(Outcome.values()).noneMatch(o -> o.name().equals(value))) {
            f.problem("match", named, "must be one of " + Arrays.toString(Outcome.values()) + ", was " + value);
        }
    }

    private static @Nullable String groupBy(ScenarioFields f, @Nullable Source source, @Nullable Kind kind) {
        String groupBy = f.text("group-by");
        if (kind == Kind.SURGE) {
            if (groupBy != null && !groupBy.equals(SYSTEM)) {
                f.problem("group-by", "must be system or absent for kind surge, was " + groupBy);
            }
            return null;
        }
        if (kind == Kind.LEAKY) {
            f.require("group-by", "kind leaky");
        }
        if (source == Source.ACCESS && groupBy != null && !groupBy.equals(Scenario.ACTOR_KEY)) {
            f.problem("group-by", "must be " + Scenario.ACTOR_KEY + " for source access, was " + groupBy);
        }
        return groupBy;
    }

    private static @Nullable ScopeType scope(ScenarioFields f, @Nullable Source source, @Nullable Kind kind) {
        if (kind == Kind.SURGE) {
            f.forbid("scope", "not for kind surge, which is about a whole system");
            return null;
        }
        if (kind == Kind.LEAKY) {
            f.require("scope", "kind leaky");
        }
        ScopeType scope = f.oneOf("scope", ScopeType.values(), Enum::name);
        if (source == Source.ACCESS && scope != null && scope != ScopeType.KEY) {
            f.problem("scope", "must be KEY for source access (its groups are API keys), was " + scope);
        }
        return scope;
    }
}
