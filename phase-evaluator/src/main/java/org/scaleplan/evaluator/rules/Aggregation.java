package org.scaleplan.evaluator.rules;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.scaleplan.evaluator.rules.RuleState.Point;

/**
 * How a rule reduces the samples of one series inside its window to one value. Every aggregation takes all the
 * samples in the window, oldest first; the window is never empty, as it always holds the sample being evaluated.
 */
public enum Aggregation {

    AVG {
        @Override
        public double over(List<Point> window) {
            return window.stream().mapToDouble(Point::value).average().orElseThrow();
        }
    },
    MIN {
        @Override
        public double over(List<Point> window) {
            return window.stream().mapToDouble(Point::value).min().orElseThrow();
        }
    },
    MAX {
        @Override
        public double over(List<Point> window) {
            return window.stream().mapToDouble(Point::value).max().orElseThrow();
        }
    },
    SUM {
        @Override
        public double over(List<Point> window) {
            return window.stream().mapToDouble(Point::value).sum();
        }
    },
    /**
     * The per-second increase of a counter between the window's first and last sample. A decrease means the counter
     * was reset, so the new value is the increase since the reset (as in Prometheus). Unlike Prometheus, nothing is
     * extrapolated to the window's edges; with fewer than two samples (or no time between them) the rate is 0.
     */
    RATE {
        @Override
        public double over(List<Point> window) {
            double increase = 0;
            for (int i = 1; i < window.size(); i++) {
                double delta = window.get(i).value() - window.get(i - 1).value();
                increase += delta >= 0 ? delta : window.get(i).value();
            }
            Duration span = Duration.between(window.get(0).at(), window.get(window.size() - 1).at());
            return span.isZero() ? 0 : increase / (span.toNanos() / 1e9);
        }
    },
    /** The 95th percentile by nearest rank: the smallest value that at least 95% of the window's values do not exceed. */
    P95 {
        @Override
        public double over(List<Point> window) {
            return nearestRank(window, 95);
        }
    },
    /** The 99th percentile by nearest rank, as {@link #P95}. */
    P99 {
        @Override
        public double over(List<Point> window) {
            return nearestRank(window, 99);
        }
    };

    public abstract double over(List<Point> window);

    /** The aggregation written as {@code name} in a rule file, e.g. {@code avg} or {@code p95}. */
    public static Optional<Aggregation> named(String name) {
        return Arrays.stream(values()).filter(a -> a.yamlName().equals(name)).findFirst();
    }

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static double nearestRank(List<Point> window, int percentile) {
        double[] sorted = window.stream().mapToDouble(Point::value).sorted().toArray();
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }
}
