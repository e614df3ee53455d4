package org.scaleplan.contracts.phase;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.scaleplan.contracts.Require;
import org.scaleplan.contracts.SystemEvent;

/**
 * A system entered a new growth phase after its active users held the new level for the stabilization window.
 * A jump across several boundaries is one record whose {@code actions} list every skipped phase's actions.
 * Published by phase-evaluator on {@code scaleplan.phase-changes.v1}; key: system.
 *
 * @param actions what the scaling plan asks for on entering the phase (and any skipped phases)
 * @param causedBy the samples that completed the decision
 */
public record PhaseChanged(UUID eventId, Instant occurredAt, String system, int previousPhase, int phase,
        String phaseName, Direction direction, long activeUsers, List<String> actions, List<UUID> causedBy)
        implements SystemEvent {

    public PhaseChanged {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(system, "system");
        Require.between(previousPhase, 1, 4, "previousPhase");
        Require.between(phase, 1, 4, "phase");
        Require.text(phaseName, "phaseName");
        Require.present(direction, "direction");
        actions = Require.list(actions);
        causedBy = Require.list(causedBy);
    }
}
