package org.scaleplan.cost.spend;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.Require;
import org.scaleplan.contracts.metrics.Staleness;

/**
 * The newest sample of one series: a {@code cost_usd_total} counter, a priced gauge such as {@code cpu_cores} with
 * its price, or an {@code active_users} series. For a counter, the next sample's increase is computed as Prometheus
 * does: the difference, or, when the counter went down (it was reset, e.g. by a restart), the new value itself, since
 * it counted up from zero. A priced gauge costs its value for as long as it holds it.
 *
 * <p>No spend is counted across a gap longer than the staleness period in event time, however the samples arrived
 * (a Prometheus replaying hours of its log arrives steadily with gaps in its samples): across such a gap a gauge costs
 * its value for the period only, as one that has gone does, and a counter only starts again from its new value, since
 * when its increase accrued is unknown.
 *
 * @param usdPerUnitHour a priced gauge's price per unit and hour; null for a counter and for active users
 * @param arrived the stream time at which the sample arrived; state kept before this was recorded reads it as
 *        {@code at}
 */
public record CounterSeries(Instant at, double value, @Nullable Double usdPerUnitHour, Instant arrived) {

    private static final double MILLIS_PER_HOUR = 3_600_000.0;

    public CounterSeries {
        Require.present(at, "at");
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException("a counter or priced gauge is a finite number of at least 0, was "
                    + value);
        }
        arrived = arrived == null ? at : arrived;
    }

    /** A counter's sample, or an active users' one, that arrived at stream time {@code arrived}. */
    public static CounterSeries counter(Instant at, double value, Instant arrived) {
        return new CounterSeries(at, value, null, arrived);
    }

    /** A priced gauge's sample that arrived at stream time {@code arrived}. */
    public static CounterSeries gauge(Instant at, double value, double usdPerUnitHour, Instant arrived) {
        return new CounterSeries(at, value, usdPerUnitHour, arrived);
    }

    /**
     * The spend from this sample to the series' {@code next}: a counter's increase, or what a priced gauge's value
     * cost until then; either only up to the series' end ({@link Staleness#endedAt}) when the gap is longer.
     */
    double spendUntil(CounterSeries next, Staleness staleness) {
        Instant end = staleness.endedAt(at);
        if (usdPerUnitHour != null) {
            return next.at.isBefore(end) ? costUntil(next.at) : costToEnd(staleness);
        }
        if (!next.at.isBefore(end)) {
            return 0;
        }
        return next.value >= value ? next.value - value : next.value;
    }

    /** What a priced gauge's last value costs up to the series' end once it has gone; nothing for a counter. */
    public double costToEnd(Staleness staleness) {
        return costUntil(staleness.endedAt(at));
    }

    /** What a priced gauge's value cost from this sample until {@code until}; nothing for a counter. */
    private double costUntil(Instant until) {
        if (usdPerUnitHour == null) {
            return 0;
        }
        return value * Duration.between(at, until).toMillis() / MILLIS_PER_HOUR * usdPerUnitHour;
    }
}
