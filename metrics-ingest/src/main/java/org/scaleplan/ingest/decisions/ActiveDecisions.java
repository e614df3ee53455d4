package org.scaleplan.ingest.decisions;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.scaleplan.contracts.ScaleplanEvent;
import org.scaleplan.contracts.security.DecisionExpired;
import org.scaleplan.contracts.security.DecisionIssued;
import org.scaleplan.contracts.security.ScopeType;

/**
 * The security decisions in force, folded from {@code scaleplan.security-events.v1}. A decision stops applying
 * at its {@code expiresAt} even before its {@link DecisionExpired} arrives.
 */
public class ActiveDecisions {

    private final Map<String, DecisionIssued> byId = new ConcurrentHashMap<>();

    public void apply(ScaleplanEvent event) {
        if (event instanceof DecisionIssued issued) {
            byId.put(issued.decisionId(), issued);
        } else if (event instanceof DecisionExpired expired) {
            byId.remove(expired.decisionId());
        }
    }

    /** The decision in force against this API key or client address, if any; a block wins over a throttle. */
    public Optional<DecisionIssued> against(String keyId, String clientAddress, Instant now) {
        return byId.values().stream()
                .filter(decision -> decision.expiresAt().isAfter(now))
                .filter(decision -> matches(decision, keyId, clientAddress))
                .min((a, b) -> a.action().compareTo(b.action()));
    }

    private static boolean matches(DecisionIssued decision, String keyId, String clientAddress) {
        return (decision.scope().type() == ScopeType.KEY && decision.scope().value().equals(keyId))
                || (decision.scope().type() == ScopeType.ADDRESS && decision.scope().value().equals(clientAddress));
    }
}
