package org.scaleplan.contracts.cost;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.scaleplan.contracts.Require;
import org.scaleplan.contracts.SystemEvent;

/**
 * A system's spend (actual or forecasted) for a month reached one of the thresholds of its monthly budget.
 * Published by cost-service on {@code scaleplan.cost-events.v1}; key: system.
 *
 * @param period the budget month (UTC)
 * @param basis whether {@code amountUsd} is the spend so far or the forecast for the whole month
 * @param thresholdPercent the threshold crossed, in percent of {@code budgetUsd}
 * @param budgetUsd the monthly budget
 * @param amountUsd the spend (actual or forecasted) that crossed the threshold
 * @param causedBy the cost samples that completed the crossing
 */
public record BudgetThresholdCrossed(UUID eventId, Instant occurredAt, String system, YearMonth period, Basis basis,
        int thresholdPercent, BigDecimal budgetUsd, BigDecimal amountUsd, List<UUID> causedBy)
        implements SystemEvent {

    public BudgetThresholdCrossed {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(system, "system");
        Require.present(period, "period");
        Require.present(basis, "basis");
        Require.present(budgetUsd, "budgetUsd");
        Require.present(amountUsd, "amountUsd");
        causedBy = Require.list(causedBy);
    }
}
