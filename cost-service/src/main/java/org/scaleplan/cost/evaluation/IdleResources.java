package org.scaleplan.cost.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.scaleplan.cost.model.CostModel;
import org.scaleplan.cost.spend.CategorySpend;
import org.scaleplan.cost.spend.CounterSeries;

/**
 * Optimisation hints: the priced resources of a system that have stayed almost unused (its utilization gauge below
 * {@link Utilization#IDLE_BELOW} for at least {@link Utilization#IDLE_FOR}), with what they cost a month at the
 * units held now.
 */
public final class IdleResources {

    /** Hours in an average month (365.25 × 24 / 12), for a monthly cost from an hourly price. */
    static final double HOURS_PER_MONTH = 730.5;

    private IdleResources() {
    }

    /**
     * @param units how many units of {@code resource} the system holds now (the sum of its gauge series)
     * @param utilization the newest reading of the utilization gauge, 0 to 1
     */
    public record Hint(String resource, String category, double units, double utilization, Instant idleSince,
            BigDecimal monthlyUsd, String advice) {
    }

    public static List<Hint> of(SystemCosts costs, CostModel model, Instant now) {
        List<Hint> hints = new ArrayList<>();
        for (Map.Entry<String, Utilization> measured : costs.utilization().entrySet()) {
            Utilization utilization = measured.getValue();
            if (!utilization.idleAt(now)) {
                continue;
            }
            for (CostModel.ResourcePrice resource : model.measuredBy(measured.getKey())) {
                double units = units(costs.categories().get(resource.category()), resource.metric());
                if (units > 0) {
                    BigDecimal monthly = BigDecimal.valueOf(units * resource.usdPerUnitHour() * HOURS_PER_MONTH)
                            .setScale(2, RoundingMode.HALF_UP);
                    hints.add(new Hint(resource.metric(), resource.category(), units, utilization.value(),
                            utilization.idleSince(), monthly, String.format("%s has been below %.0f%% %s since %s: "
                                    + "scaling it down or removing it saves up to %s USD a month", resource.metric(),
                                    Utilization.IDLE_BELOW * 100, measured.getKey(), utilization.idleSince(),
                                    monthly.toPlainString())));
                }
            }
        }
        return hints;
    }

    private static double units(CategorySpend spend, String metric) {
        if (spend == null) {
            return 0;
        }
        return spend.series().entrySet().stream()
                .filter(series -> series.getKey().startsWith(metric + "{"))
                .map(Map.Entry::getValue)
                .mapToDouble(CounterSeries::value)
                .sum();
    }
}
