package org.scaleplan.cost.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.EventIds;
import org.scaleplan.contracts.cost.CostProjected;
import org.scaleplan.contracts.phase.PhaseChanged;
import org.scaleplan.cost.budget.Budget;

/**
 * What a new growth phase will cost before the system is in it (cost-aware scaling): on {@code PhaseChanged}, the
 * monthly cost of the phase's infrastructure per the {@link CostModel} plus the usage spend the system runs at now
 * (month-end forecast of its categories), the cost per active user, and whether that fits the budget.
 */
public final class PhaseProjection {

    private PhaseProjection() {
    }

    /**
     * @param usageMonthlyUsd the month-end forecast of the system's measured spend (all categories)
     * @param budget the system's budget, if it has one
     */
    public static CostProjected project(PhaseChanged change, CostModel model, double usageMonthlyUsd,
            @Nullable Budget budget) {
        BigDecimal monthly = model.monthlyInfrastructure(change.phase())
                .add(BigDecimal.valueOf(usageMonthlyUsd)).setScale(2, RoundingMode.HALF_UP);
        BigDecimal perUser = change.activeUsers() > 0
                ? monthly.divide(BigDecimal.valueOf(change.activeUsers()), 4, RoundingMode.HALF_UP) : null;
        BigDecimal budgetUsd = budget == null ? null : budget.monthlyUsd();
        Boolean fits = budget == null ? null : monthly.compareTo(budget.monthlyUsd()) <= 0;
        return new CostProjected(EventIds.of("cost-projected", change.eventId()), change.occurredAt(),
                change.system(), change.phase(), monthly, perUser, budgetUsd, fits, List.of(change.eventId()));
    }
}
