package org.scaleplan.contracts.security;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.scaleplan.contracts.Require;
import org.scaleplan.contracts.SystemEvent;

/**
 * A decision no longer applies: its scope's requests are served normally again. Published by security-service on
 * {@code scaleplan.security-events.v1}; key: system.
 *
 * @param decisionId the {@link DecisionIssued#decisionId()} that ended
 * @param reason why it ended, e.g. {@code ttl} or {@code deleted by admin}
 * @param causedBy the {@link DecisionIssued} it ends
 */
public record DecisionExpired(UUID eventId, Instant occurredAt, String system, String decisionId, Scope scope,
        String reason, List<UUID> causedBy) implements SystemEvent {

    public DecisionExpired {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(system, "system");
        Require.text(decisionId, "decisionId");
        Require.present(scope, "scope");
        Require.text(reason, "reason");
        causedBy = Require.list(causedBy);
    }
}
