package org.scaleplan.contracts.incident;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.scaleplan.contracts.Require;

/**
 * A runbook asks another service to act for an incident, e.g. action {@code block-client} with parameters
 * {@code address} and {@code ttl}, which security-service carries out as a decision. Published by
 * incident-service on {@code scaleplan.incident-events.v1}; key: system.
 *
 * @param action what to do, e.g. {@code block-client} or {@code throttle-client}
 * @param parameters the action's arguments, as text
 * @param causedBy the {@link RunbookStepStarted} of the step that asked
 */
public record ActionRequested(UUID eventId, Instant occurredAt, String system, String incidentId, String action,
        Map<String, String> parameters, List<UUID> causedBy) implements IncidentEvent {

    public ActionRequested {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(system, "system");
        Require.text(incidentId, "incidentId");
        Require.text(action, "action");
        parameters = Require.map(parameters);
        causedBy = Require.list(causedBy);
    }
}
