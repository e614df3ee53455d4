package org.scaleplan.contracts.incident;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.scaleplan.contracts.Require;

/**
 * An attempt of a runbook step failed or timed out. Published by incident-service on
 * {@code scaleplan.incident-events.v1}; key: system.
 *
 * @param attempt the attempt that failed (1 for the first)
 * @param error what went wrong, e.g. {@code HTTP 503} or {@code timed out after 10s}
 * @param willRetry whether another attempt follows; if not, the runbook's {@code on-failure} applies
 * @param causedBy the {@link RunbookStepStarted} of the attempt
 */
public record RunbookStepFailed(UUID eventId, Instant occurredAt, String system, String incidentId,
        String runbookId, String stepId, int attempt, String error, boolean willRetry, List<UUID> causedBy)
        implements IncidentEvent {

    public RunbookStepFailed {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(system, "system");
        Require.text(incidentId, "incidentId");
        Require.text(runbookId, "runbookId");
        Require.text(stepId, "stepId");
        Require.atLeast(attempt, 1, "attempt");
        Require.text(error, "error");
        causedBy = Require.list(causedBy);
    }
}
