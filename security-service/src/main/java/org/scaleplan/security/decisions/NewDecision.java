package org.scaleplan.security.decisions;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.scaleplan.access.Caller;
import org.scaleplan.access.FieldProblem;
import org.scaleplan.config.Durations;
import org.scaleplan.contracts.security.DecisionAction;
import org.scaleplan.contracts.security.Scope;
import org.scaleplan.contracts.security.ScopeType;

/**
 * An admin's decision, as posted to {@code POST /v1/decisions}: {@code {"system": "shop-prod", "action": "BLOCK",
 * "scope": {"type": "ADDRESS", "value": "203.0.113.7"}, "ttl": "1h", "reason": "seen in the WAF logs"}}. The system
 * {@code scaleplan} means Scaleplan's own APIs.
 */
public record NewDecision(@Nullable String system, @Nullable String action, @Nullable ScopeRequest scope,
        @Nullable String ttl, @Nullable String reason) {

    static final Duration MAX_TTL = Duration.ofDays(30);

    /** The scope as posted. */
    public record ScopeRequest(@Nullable String type, @Nullable String value) {
    }

    /** What is wrong with the request for this caller, field by field; empty when it can be issued. */
    public List<FieldProblem> problems(Caller caller) {
        List<FieldProblem> problems = new ArrayList<>();
        if (system == null || system.isBlank()) {
            problems.add(new FieldProblem("system", "is required: the system whose requests it applies to"));
        } else if (!caller.canSee(system)) {
            problems.add(new FieldProblem("system", "is outside the systems of your own key"));
        }
        if (parse(DecisionAction.class, action).isEmpty()) {
            problems.add(new FieldProblem("action", "must be BLOCK or THROTTLE"));
        }
        if (scope == null || parse(ScopeType.class, scope.type()).isEmpty()) {
            problems.add(new FieldProblem("scope.type", "must be ADDRESS, KEY or USER"));
        }
        if (scope == null || scope.value() == null || scope.value().isBlank() || scope.value().length() > 200) {
            problems.add(new FieldProblem("scope.value",
                    "is required: the address, key id or user, 1 to 200 characters"));
        }
        Optional<Duration> duration = Durations.parse(ttl);
        if (duration.isEmpty() || duration.get().isZero() || duration.get().compareTo(MAX_TTL) > 0) {
            problems.add(new FieldProblem("ttl", "must be a duration from 1s to 30d, such as 15m or 1h"));
        }
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            problems.add(new FieldProblem("reason", "is required, 1 to 500 characters"));
        }
        return problems;
    }

    DecisionCommand command(String decisionId, Caller caller, Instant at) {
        return new DecisionCommand(DecisionCommand.Kind.ISSUE, system, decisionId, DecisionAction.valueOf(action),
                new Scope(ScopeType.valueOf(scope.type()), scope.value().strip()), Durations.parse(ttl).orElseThrow(),
                reason.strip(), caller.keyId(), at);
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, @Nullable String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Enum.valueOf(type, text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
