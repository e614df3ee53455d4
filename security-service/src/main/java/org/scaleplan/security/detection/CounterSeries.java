package org.scaleplan.security.detection;

import java.time.Duration;

import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.contracts.metrics.SeriesLabels;

/**
 * The increase of a counter series from one sample to the next, as Prometheus computes it: the difference, or,
 * when the counter went down (a restart reset it), the new value itself, since it counted up from zero. The first
 * sample of a series only sets its starting point, as nothing says when its count was reached.
 */
final class CounterSeries {

    /**
     * What one sample adds to its series.
     *
     * @param amount the increase since the series' previous sample; 0 for a first or a late sample
     * @param first whether this is the first sample of the series (the series just appeared)
     * @param interval the time since the series' previous sample, which the increase happened over; 0 if none
     */
    record Increase(double amount, boolean first, Duration interval) {

        static final Increase NONE = new Increase(0, false, Duration.ZERO);
    }

    private static final Increase FIRST = new Increase(0, true, Duration.ZERO);

    private CounterSeries() {
    }

    /**
     * The increase {@code sample} brings to its series, remembering it as the series' latest sample. A sample not
     * newer than the latest of its own series (late, or a duplicate) is ignored: read against a newer value it
     * would look like a reset and count its whole value again. A series that has gone (nothing of it arrived for the
     * staleness period) starts afresh, as a new one: what it counted across the gap is unknown. A new series
     * beyond the system's bound is not kept, so each of its samples reads as its first.
     */
    static Increase pour(MetricSample sample, SystemState state) {
        String key = key(sample);
        DetectionState stored = state.live(key);
        DetectionState.Series previous = stored == null ? null : stored.series();
        if (previous != null && !sample.occurredAt().isAfter(previous.at())) {
            return Increase.NONE;
        }
        if (previous == null && !state.mayAdd(StateKeys.SERIES, DetectionBound.SERIES_PER_SYSTEM)) {
            return FIRST;
        }
        state.put(key, DetectionState.of(new DetectionState.Series(sample.value(), sample.occurredAt(), state.now())));
        if (previous == null) {
            return FIRST;
        }
        double value = sample.value();
        return new Increase(value >= previous.value() ? value - previous.value() : value, false,
                Duration.between(previous.at(), sample.occurredAt()));
    }

    /** {@code series|system|metric|labels}: the same key for the same series, whatever the order of its labels. */
    static String key(MetricSample sample) {
        return String.join("|", StateKeys.SERIES, sample.system(), sample.name(), SeriesLabels.text(sample.labels()));
    }
}
