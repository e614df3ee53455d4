package org.scaleplan.contracts.incident;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.Require;

/**
 * An incident was closed, by a person or because its cause went away. Published by incident-service on
 * {@code scaleplan.incident-events.v1}; key: system.
 *
 * @param by who resolved it: the API key's name, or {@code incident-service} when it resolved itself
 * @param reason why, e.g. {@code alert resolved}; absent when a person gave none
 * @param causedBy the {@link IncidentOpened} and, when it resolved itself, the record that ended its cause
 */
public record IncidentResolved(UUID eventId, Instant occurredAt, String system, String incidentId, String by,
        @Nullable String reason, List<UUID> causedBy) implements IncidentEvent {

    public IncidentResolved {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(system, "system");
        Require.text(incidentId, "incidentId");
        Require.text(by, "by");
        causedBy = Require.list(causedBy);
    }
}
