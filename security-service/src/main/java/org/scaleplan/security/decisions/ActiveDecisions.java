package org.scaleplan.security.decisions;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.scaleplan.contracts.ScaleplanEvent;
import org.scaleplan.contracts.security.DecisionExpired;
import org.scaleplan.contracts.security.DecisionIssued;
import org.scaleplan.contracts.security.Scope;

/**
 * Every decision in force across all systems, on every instance: the fold of the decisions on
 * {@code scaleplan.security-events.v1}. A scope may be under more than one decision at once (a detection's and an
 * incident's, say); what applies to it is the {@link #strongest} of them. It is bounded by what the owners hold in
 * force ({@code max-decisions-per-system} per system), and a decision leaves it when its time is up even if its
 * {@link DecisionExpired} never comes.
 */
public class ActiveDecisions {

    /** A scope of a system: the unit Redis holds one decision for. */
    public record Target(String system, Scope scope) {
    }

    private final Map<String, DecisionIssued> byId = new ConcurrentHashMap<>();

    /** Applies a fact; answers the target it changed, if it was a decision fact. */
    public Optional<Target> apply(ScaleplanEvent event) {
        if (event instanceof DecisionIssued issued) {
            byId.put(issued.decisionId(), issued);
            return Optional.of(new Target(issued.system(), issued.scope()));
        }
        if (event instanceof DecisionExpired expired) {
            byId.remove(expired.decisionId());
            return Optional.of(new Target(expired.system(), expired.scope()));
        }
        return Optional.empty();
    }

    /** What applies to {@code target} at {@code now}: a block before a throttle, then the longest. */
    public Optional<DecisionIssued> strongest(Target target, Instant now) {
        return byId.values().stream()
                .filter(d -> d.system().equals(target.system()) && d.scope().equals(target.scope()))
                .filter(d -> d.expiresAt().isAfter(now))
                .min(Comparator.comparing(DecisionIssued::action)
                        .thenComparing(DecisionIssued::expiresAt, Comparator.reverseOrder()));
    }

    /** The decisions in force at {@code now}, soonest to expire first. */
    public List<DecisionIssued> all(Instant now) {
        return byId.values().stream().filter(d -> d.expiresAt().isAfter(now))
                .sorted(Comparator.comparing(DecisionIssued::expiresAt)).toList();
    }

    /** Forgets the decisions whose time is up at {@code now}. */
    public void forgetExpired(Instant now) {
        byId.values().removeIf(decision -> !decision.expiresAt().isAfter(now));
    }

    public Optional<DecisionIssued> find(String decisionId) {
        return Optional.ofNullable(byId.get(decisionId));
    }
}
