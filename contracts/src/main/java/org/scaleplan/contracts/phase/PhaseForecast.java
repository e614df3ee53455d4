package org.scaleplan.contracts.phase;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.Require;
import org.scaleplan.contracts.SystemEvent;

/**
 * When a system will cross into its next growth phase if its active users keep growing at the current rate.
 * Published by phase-evaluator on {@code scaleplan.phase-changes.v1}; key: system.
 *
 * @param phase the phase the system is in now
 * @param growthPerDay the current growth of active users, in users per day (negative when shrinking)
 * @param nextPhase the phase above the current one; absent in the top phase
 * @param nextThreshold the active users at which {@code nextPhase} begins; absent in the top phase
 * @param expectedAt when the threshold will be crossed at {@code growthPerDay}; absent when no crossing is in
 *        sight (flat or negative growth, or no higher phase)
 * @param causedBy the samples the growth rate was computed from
 */
public record PhaseForecast(UUID eventId, Instant occurredAt, String system, int phase, long activeUsers,
        double growthPerDay, @Nullable Integer nextPhase, @Nullable Long nextThreshold, @Nullable Instant expectedAt,
        List<UUID> causedBy) implements SystemEvent {

    public PhaseForecast {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(system, "system");
        Require.between(phase, 1, 4, "phase");
        if (nextPhase != null) {
            Require.between(nextPhase, 1, 4, "nextPhase");
        }
        causedBy = Require.list(causedBy);
    }
}
