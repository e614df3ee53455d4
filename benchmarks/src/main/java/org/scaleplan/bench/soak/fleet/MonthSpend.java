package org.scaleplan.bench.soak.fleet;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * One system's spend in one month, as the {@link SpendLedger} counted it: by category, in all, the part reported on
 * time, and when the on-time spend first reached each threshold of the budget.
 */
public final class MonthSpend {

    private final Map<String, Double> byCategory = new TreeMap<>();
    private final Map<Integer, Instant> reached = new HashMap<>();
    private double total;
    private double onTime;

    void add(String category, double usd, boolean inTime, Instant at, long budget, List<Integer> thresholds) {
        byCategory.merge(category, usd, Double::sum);
        total += usd;
        if (inTime) {
            onTime += usd;
            thresholds.stream().filter(t -> !reached.containsKey(t) && onTime >= budget * t / 100.0)
                    .forEach(t -> reached.put(t, at));
        }
    }

    public Map<String, Double> byCategory() {
        return Map.copyOf(byCategory);
    }

    public double total() {
        return total;
    }

    /** The spend reported while the month was still the system's newest. */
    public double onTime() {
        return onTime;
    }

    /** When the on-time spend first reached {@code threshold} percent of the budget, if it did. */
    public @Nullable Instant reached(int threshold) {
        return reached.get(threshold);
    }
}
