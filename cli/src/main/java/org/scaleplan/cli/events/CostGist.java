package org.scaleplan.cli.events;

import static org.scaleplan.cli.events.Formats.lower;
import static org.scaleplan.cli.events.Formats.usd;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.scaleplan.contracts.ScaleplanEvent;
import org.scaleplan.contracts.cost.BudgetRemoved;
import org.scaleplan.contracts.cost.BudgetSet;
import org.scaleplan.contracts.cost.BudgetThresholdCrossed;
import org.scaleplan.contracts.cost.CostAnomalyDetected;
import org.scaleplan.contracts.cost.CostProjected;

/** The gists of cost-service's records: cost events and budgets. */
final class CostGist {

    private CostGist() {
    }

    static Optional<String> of(ScaleplanEvent event) {
        if (event instanceof BudgetThresholdCrossed crossed) {
            return Optional.of(String.format("%s spend %s reached %d%% of the %s budget for %s",
                    lower(crossed.basis()), usd(crossed.amountUsd()), crossed.thresholdPercent(),
                    usd(crossed.budgetUsd()), crossed.period()));
        } else if (event instanceof CostProjected projected) {
            return Optional.of(projected(projected));
        } else if (event instanceof CostAnomalyDetected anomaly) {
            return Optional.of(String.format(Locale.ROOT, "%s spend %s/h, baseline %s/h (+%s/h, %+.0f%%)",
                    anomaly.category(), usd(anomaly.observedUsdPerHour()), usd(anomaly.baselineUsdPerHour()),
                    usd(anomaly.impactUsdPerHour()), anomaly.impactPercent()));
        } else if (event instanceof BudgetSet set) {
            return Optional.of(budgetSet(set));
        } else if (event instanceof BudgetRemoved removed) {
            return Optional.of("budget removed by " + removed.removedBy());
        }
        return Optional.empty();
    }

    private static String projected(CostProjected projected) {
        StringBuilder gist = new StringBuilder()
                .append("phase ").append(projected.phase())
                .append(" projected at ").append(usd(projected.monthlyUsd())).append("/month");
        if (projected.costPerUserUsd() != null) {
            // Cents hide the difference that matters per user, so four places.
            gist.append(String.format(Locale.ROOT, ", $%,.4f per user", projected.costPerUserUsd()));
        }
        if (projected.budgetUsd() != null) {
            boolean over = projected.fitsBudget() == null
                    ? projected.monthlyUsd().compareTo(projected.budgetUsd()) > 0 : !projected.fitsBudget();
            gist.append(over ? ", over the " : ", within the ").append(usd(projected.budgetUsd())).append(" budget");
        }
        return gist.toString();
    }

    private static String budgetSet(BudgetSet set) {
        String gist = "budget " + usd(set.monthlyUsd()) + "/month, ";
        if (set.thresholds().isEmpty()) {
            gist += "no thresholds";
        } else {
            gist += set.thresholds().stream().map(percent -> percent + "%")
                    .collect(Collectors.joining(", ", "thresholds ", ""));
            gist += set.basis().isEmpty() ? ""
                    : set.basis().stream().map(Formats::lower).collect(Collectors.joining(" and ", " of ", " spend"));
        }
        return gist + ", set by " + set.setBy();
    }
}
