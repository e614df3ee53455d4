package org.scaleplan.contracts.incident;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.scaleplan.contracts.Require;

/**
 * An incident needs a human: its runbook failed or it went unacknowledged too long. Published by
 * incident-service on {@code scaleplan.incident-events.v1}; key: system.
 *
 * @param reason why, e.g. {@code runbook step verify-recovery failed after 3 attempts}
 * @param causedBy the {@link IncidentOpened} and the {@link RunbookStepFailed} (if any) that led to it
 */
public record IncidentEscalated(UUID eventId, Instant occurredAt, String system, String incidentId, String reason,
        List<UUID> causedBy) implements IncidentEvent {

    public IncidentEscalated {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(system, "system");
        Require.text(incidentId, "incidentId");
        Require.text(reason, "reason");
        causedBy = Require.list(causedBy);
    }
}
