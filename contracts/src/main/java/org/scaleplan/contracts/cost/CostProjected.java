package org.scaleplan.contracts.cost;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.Require;
import org.scaleplan.contracts.SystemEvent;

/**
 * The monthly cost of running a system in a growth phase, re-planned when the system changes phase. Published
 * by cost-service on {@code scaleplan.cost-events.v1}; key: system.
 *
 * @param phase the phase the projection is for
 * @param monthlyUsd the projected monthly cost
 * @param costPerUserUsd the monthly cost per active user; absent while the system has no active users
 * @param budgetUsd the system's monthly budget; absent when it has none
 * @param fitsBudget whether {@code monthlyUsd} stays within {@code budgetUsd}; absent when there is no budget
 * @param causedBy the {@code PhaseChanged} (or samples) that triggered the projection
 */
public record CostProjected(UUID eventId, Instant occurredAt, String system, int phase, BigDecimal monthlyUsd,
        @Nullable BigDecimal costPerUserUsd, @Nullable BigDecimal budgetUsd, @Nullable Boolean fitsBudget,
        List<UUID> causedBy) implements SystemEvent {

    public CostProjected {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(system, "system");
        Require.between(phase, 1, 4, "phase");
        Require.present(monthlyUsd, "monthlyUsd");
        causedBy = Require.list(causedBy);
    }
}
