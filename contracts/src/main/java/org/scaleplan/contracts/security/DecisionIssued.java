package org.scaleplan.contracts.security;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.scaleplan.contracts.Require;
import org.scaleplan.contracts.SystemEvent;

/**
 * Requests of a scope to a system are to be blocked or throttled until the decision expires (metrics-ingest
 * enforces it on its intake; users' gateways may subscribe). Published by security-service on
 * {@code scaleplan.security-events.v1}; key: system.
 *
 * @param decisionId identifies the decision; the same in the {@link DecisionExpired} that ends it
 * @param expiresAt when the decision lapses unless renewed
 * @param reason why it was issued, e.g. the scenario detected or the incident's action request
 * @param causedBy the {@link SecurityIncidentDetected} or the incident-service action request behind it
 */
public record DecisionIssued(UUID eventId, Instant occurredAt, String system, String decisionId,
        DecisionAction action, Scope scope, Instant expiresAt, String reason, List<UUID> causedBy)
        implements SystemEvent {

    public DecisionIssued {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(system, "system");
        Require.text(decisionId, "decisionId");
        Require.present(action, "action");
        Require.present(scope, "scope");
        Require.present(expiresAt, "expiresAt");
        Require.text(reason, "reason");
        causedBy = Require.list(causedBy);
    }
}
