package org.scaleplan.cost.spend;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.Require;

/**
 * The newest sample of one series of a category: a {@code cost_usd_total} counter, or a priced gauge such as
 * {@code cpu_cores} with its price. For a counter, the next sample's increase is computed as Prometheus does: the
 * difference, or, when the counter went down (it was reset, e.g. by a restart), the new value itself, since it
 * counted up from zero. A priced gauge costs its value for as long as it holds it.
 *
 * @param usdPerUnitHour a priced gauge's price per unit and hour; null for a counter (and for active users)
 */
public record CounterSeries(Instant at, double value, @Nullable Double usdPerUnitHour) {

    private static final double MILLIS_PER_HOUR = 3_600_000.0;

    public CounterSeries {
        Require.present(at, "at");
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException("a counter or priced gauge is a finite number of at least 0, was "
                    + value);
        }
    }

    /** A counter's sample, or an active users' one. */
    public CounterSeries(Instant at, double value) {
        this(at, value, null);
    }

    /** How much the counter grew from this sample to one of {@code next} (a reset counts from zero). */
    public double increaseTo(double next) {
        return next >= value ? next - value : next;
    }

    /** What a priced gauge's value cost from this sample until {@code until}; nothing for a counter. */
    public double costUntil(Instant until) {
        if (usdPerUnitHour == null) {
            return 0;
        }
        return value * Duration.between(at, until).toMillis() / MILLIS_PER_HOUR * usdPerUnitHour;
    }
}
