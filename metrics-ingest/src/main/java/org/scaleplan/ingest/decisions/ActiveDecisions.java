package org.scaleplan.ingest.decisions;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.scaleplan.contracts.ScaleplanEvent;
import org.scaleplan.contracts.security.DecisionExpired;
import org.scaleplan.contracts.security.DecisionIssued;
import org.scaleplan.contracts.security.Scope;
import org.scaleplan.contracts.security.ScopeType;

/**
 * The security decisions in force, folded from {@code scaleplan.security-events.v1} and indexed by scope, so a
 * request costs two lookups however many addresses are blocked. A decision stops applying at its
 * {@code expiresAt} even before its {@link DecisionExpired} arrives; lapsed ones are dropped as new ones come.
 */
public class ActiveDecisions {

    /** Lapsed decisions are swept at most this often (event time), so a flood of decisions stays linear. */
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

    private final Map<Scope, Map<String, DecisionIssued>> byScope = new ConcurrentHashMap<>();
    private Instant lastSweep = Instant.MIN;

    public void apply(ScaleplanEvent event) {
        if (event instanceof DecisionIssued issued) {
            dropLapsed(issued.occurredAt());
            byScope.computeIfAbsent(issued.scope(), scope -> new ConcurrentHashMap<>()).put(issued.decisionId(), issued);
        } else if (event instanceof DecisionExpired expired) {
            byScope.computeIfPresent(expired.scope(), (scope, decisions) -> {
                decisions.remove(expired.decisionId());
                return decisions.isEmpty() ? null : decisions;
            });
        }
    }

    /** The decision in force against this API key or client address, if any; a block wins over a throttle. */
    public Optional<DecisionIssued> against(String keyId, String clientAddress, Instant now) {
        return Stream.of(new Scope(ScopeType.KEY, keyId), new Scope(ScopeType.ADDRESS, clientAddress))
                .flatMap(scope -> byScope.getOrDefault(scope, Map.of()).values().stream())
                .filter(decision -> decision.expiresAt().isAfter(now))
                .min(Comparator.comparing(DecisionIssued::action));
    }

    private void dropLapsed(Instant now) {
        if (now.isBefore(lastSweep.plus(SWEEP_EVERY))) {
            return;
        }
        lastSweep = now;
        byScope.values().forEach(decisions -> decisions.values().removeIf(d -> !d.expiresAt().isAfter(now)));
        byScope.values().removeIf(Map::isEmpty);
    }
}
