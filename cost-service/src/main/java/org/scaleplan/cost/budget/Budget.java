package org.scaleplan.cost.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.scaleplan.contracts.Require;
import org.scaleplan.contracts.cost.Basis;

/**
 * A system's monthly budget, as admins set it: {@code {"monthlyUsd": 1000, "thresholds": [50, 80, 100],
 * "basis": ["ACTUAL", "FORECASTED"]}}.
 *
 * @param thresholds percentages of {@code monthlyUsd}, each announced once per month and basis when reached
 * @param basis what is compared with the thresholds: the month-to-date spend, the month-end forecast, or both
 */
public record Budget(BigDecimal monthlyUsd, List<Integer> thresholds, Set<Basis> basis) {

    public Budget {
        if (Require.present(monthlyUsd, "monthlyUsd").signum() <= 0) {
            throw new IllegalArgumentException("monthlyUsd must be more than 0, was " + monthlyUsd);
        }
        thresholds = List.copyOf(new TreeSet<>(Require.list(thresholds)));
        if (thresholds.isEmpty() || thresholds.get(0) < 1 || thresholds.get(thresholds.size() - 1) > 1000) {
            throw new IllegalArgumentException("thresholds must be percentages from 1 to 1000, was " + thresholds);
        }
        basis = Set.copyOf(Require.present(basis, "basis"));
        if (basis.isEmpty()) {
            throw new IllegalArgumentException("basis must name ACTUAL, FORECASTED or both");
        }
    }
}
