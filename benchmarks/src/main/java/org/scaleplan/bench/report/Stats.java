package org.scaleplan.bench.report;

import java.util.Collection;
import java.util.List;

/**
 * A summary of measurements (milliseconds, or any unit): percentiles by the nearest-rank method, so every figure is
 * one that was really measured (p99 of 100 values is the 99th smallest), never an interpolation.
 */
public record Stats(int count, double p50, double p99, double max, double mean) {

    public static final Stats NONE = new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    public static Stats of(Collection<Double> values) {
        if (values.isEmpty()) {
            return NONE;
        }
        List<Double> sorted = values.stream().sorted().toList();
        double mean = sorted.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        return new Stats(sorted.size(), percentile(sorted, 50), percentile(sorted, 99), sorted.get(sorted.size() - 1),
                mean);
    }

    /** The smallest value with at least {@code percent} % of the values at or below it. */
    static double percentile(List<Double> sorted, double percent) {
        int rank = (int) Math.ceil(percent / 100 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
