package org.scaleplan.contracts.incident;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.scaleplan.contracts.Require;

/**
 * A runbook step began an attempt for an incident. Published by incident-service on
 * {@code scaleplan.incident-events.v1}; key: system.
 *
 * @param runbookId the runbook's {@code id}
 * @param stepId the step's {@code id} within the runbook
 * @param stepType {@code http}, {@code notify}, {@code scale}, {@code await-metric}, {@code approval},
 *        {@code publish} or {@code wait}
 * @param attempt 1 for the first attempt, counting up on every retry
 * @param causedBy the {@link IncidentOpened} of the incident
 */
public record RunbookStepStarted(UUID eventId, Instant occurredAt, String system, String incidentId,
        String runbookId, String stepId, String stepType, int attempt, List<UUID> causedBy)
        implements IncidentEvent {

    public RunbookStepStarted {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(system, "system");
        Require.text(incidentId, "incidentId");
        Require.text(runbookId, "runbookId");
        Require.text(stepId, "stepId");
        Require.text(stepType, "stepType");
        Require.atLeast(attempt, 1, "attempt");
        causedBy = Require.list(causedBy);
    }
}
