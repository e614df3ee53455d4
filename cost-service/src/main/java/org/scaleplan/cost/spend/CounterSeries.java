package org.scaleplan.cost.spend;

import java.time.Instant;

import org.scaleplan.contracts.Require;

/**
 * The newest sample of one series of a category: a {@code cost_usd_total} counter, or a priced gauge such as
 * {@code cpu_cores}. For a counter, the next sample's increase is computed as Prometheus does: the difference, or,
 * when the counter went down (it was reset, e.g. by a restart), the new value itself, since it counted up from zero.
 */
public record CounterSeries(Instant at, double value) {

    public CounterSeries {
        Require.present(at, "at");
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException("a counter or priced gauge is a finite number of at least 0, was "
                    + value);
        }
    }

    /** How much the counter grew from this sample to one of {@code next} (a reset counts from zero). */
    public double increaseTo(double next) {
        return next >= value ? next - value : next;
    }
}
