package org.scaleplan.contracts.incident;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.scaleplan.contracts.Require;

/**
 * Someone took ownership of an open incident. Published by incident-service on
 * {@code scaleplan.incident-events.v1}; key: system.
 *
 * @param by who acknowledged it (the API key's name)
 * @param causedBy the {@link IncidentOpened} of the incident
 */
public record IncidentAcknowledged(UUID eventId, Instant occurredAt, String system, String incidentId, String by,
        List<UUID> causedBy) implements IncidentEvent {

    public IncidentAcknowledged {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(system, "system");
        Require.text(incidentId, "incidentId");
        Require.text(by, "by");
        causedBy = Require.list(causedBy);
    }
}
