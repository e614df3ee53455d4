package org.scaleplan.contracts.incident;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.scaleplan.contracts.Require;

/**
 * An attempt of a runbook step succeeded, so the runbook moves on to its next step. Published by
 * incident-service on {@code scaleplan.incident-events.v1}; key: system.
 *
 * @param attempt the attempt that succeeded (1 for the first)
 * @param outcome what the step achieved, e.g. {@code HTTP 202} or {@code http_error_ratio 0.004 < 0.01 for 1m}
 * @param causedBy the {@link RunbookStepStarted} of the attempt
 */
public record RunbookStepSucceeded(UUID eventId, Instant occurredAt, String system, String incidentId,
        String runbookId, String stepId, int attempt, String outcome, List<UUID> causedBy)
        implements IncidentEvent {

    public RunbookStepSucceeded {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(system, "system");
        Require.text(incidentId, "incidentId");
        Require.text(runbookId, "runbookId");
        Require.text(stepId, "stepId");
        Require.atLeast(attempt, 1, "attempt");
        Require.text(outcome, "outcome");
        causedBy = Require.list(causedBy);
    }
}
