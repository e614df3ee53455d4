package org.scaleplan.cost.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.EventIds;
import org.scaleplan.contracts.cost.Basis;
import org.scaleplan.contracts.cost.BudgetThresholdCrossed;

/**
 * Announces each threshold of a system's budget once per month and basis, when the month-to-date spend (ACTUAL) or the
 * month-end forecast (FORECASTED) reaches it; not on every sample after that. A new month starts with no threshold
 * announced, and so does a new budget amount. A look at a month before the one announced for (a late sample of a
 * closed month) announces nothing and keeps this month's announcements. Event ids are derived from system, month,
 * basis, threshold and amount, so a repeat after a restart is the same fact with the same id.
 */
public final class BudgetTracker {

    /**
     * What has been announced this month.
     *
     * @param crossed {@code BASIS:threshold@budget} of every announcement this month, e.g.
     *        {@code FORECASTED:80@1000}
     */
    public record Announced(YearMonth period, Set<String> crossed) {

        public Announced {
            crossed = Set.copyOf(new TreeSet<>(crossed));
        }
    }

    /** The announcements of one look at the spend, and what has been announced after them. */
    public record Step(Announced announced, List<BudgetThresholdCrossed> crossed) {
    }

    private BudgetTracker() {
    }

    public static Step step(String system, Budget budget, @Nullable Announced before, YearMonth period,
            double actualUsd, double forecastUsd, Instant at, List<UUID> causedBy) {
        if (before != null && period.isBefore(before.period())) {
            return new Step(before, List.of());
        }
        Set<String> crossed = new TreeSet<>(before != null && before.period().equals(period) ? before.crossed()
                : Set.of());
        List<BudgetThresholdCrossed> events = new ArrayList<>();
        String usd = budget.monthlyUsd().stripTrailingZeros().toPlainString();
        for (Basis basis : Basis.values()) {
            if (!budget.basis().contains(basis)) {
                continue;
            }
            double amount = basis == Basis.ACTUAL ? actualUsd : forecastUsd;
            for (int threshold : budget.thresholds()) {
                BigDecimal limit = budget.monthlyUsd().multiply(BigDecimal.valueOf(threshold)).movePointLeft(2);
                if (amount >= limit.doubleValue() && crossed.add(basis + ":" + threshold + "@" + usd)) {
                    events.add(new BudgetThresholdCrossed(EventIds.of("budget-threshold-crossed", system, period,
                            basis, threshold, usd), at, system, period, basis, threshold, budget.monthlyUsd(),
                            BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP), causedBy));
                }
            }
        }
        return new Step(new Announced(period, crossed), events);
    }
}
