package org.scaleplan.security.detection;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.security.detection.CounterSeries.Increase;
import org.scaleplan.security.detection.DetectionState.Surge;

/**
 * Adds a system's counter increases to the current window of a surge scenario and compares its rate with the
 * baseline of past windows. The rate so far is the window's total over the whole window, which can only grow, so a
 * surge is reported as soon as it is certain, without waiting for the window to end, and once per window.
 * <p>
 * Every window with samples folds into the baseline, surging ones too: a surge is reported when it starts, and a
 * lasting new level becomes the baseline within about the warm-up. A window without any sample is missing data
 * (scrapes or intake were down), not quiet traffic, which still sends samples: it is skipped. The first window
 * holds only the series' starting points and reads as 0; the warm-up outweighs it. A system of which none of the
 * metric has arrived for the staleness period has gone: its surge state ends, and when it comes back it warms up
 * again, as a new one.
 */
final class TrafficSurge {

    private TrafficSurge() {
    }

    /** Adds what {@code sample} increased by; the overflow if this makes the current window a surge. */
    static Optional<Overflow> add(Scenario scenario, MetricSample sample, Increase increase, SystemState state) {
        SurgeSpec spec = Objects.requireNonNull(scenario.surge());
        String key = StateKeys.surge(sample.system(), scenario.id());
        DetectionState stored = state.live(key);
        Surge rolled = rolled(stored == null ? null : stored.surge(), spec, windowStart(sample.occurredAt(), spec),
                state.now());
        double total = rolled.total() + oneWindowOf(increase, spec);
        double rate = rate(total, spec);
        Double baseline = rolled.baseline();
        boolean surging = !rolled.reported() && baseline != null && warmedUp(rolled, spec) && rate >= spec.minRate()
                && rate > spec.factor() * baseline;
        Surge added = new Surge(rolled.windowStart(), total, rolled.reported() || surging, baseline, rolled.since(),
                state.now());
        state.put(key, DetectionState.of(added));
        if (!surging) {
            return Optional.empty();
        }
        return Optional.of(new Overflow(scenario, sample.system(), null, summary(scenario, added, rate),
                sample.occurredAt(), List.of(sample.eventId())));
    }

    /**
     * The increase, or, when it piled up over more than a window (samples of the series went missing), its
     * average over one window: a scrape outage must not look like a surge when it ends.
     */
    private static double oneWindowOf(Increase increase, SurgeSpec spec) {
        if (increase.interval().compareTo(spec.window()) <= 0) {
            return increase.amount();
        }
        return increase.amount() * spec.window().toMillis() / increase.interval().toMillis();
    }

    /**
     * The surge moved on to the window starting at {@code windowStart}: the current one folds into the baseline.
     * A late sample, of an earlier window, counts in the current one.
     */
    private static Surge rolled(@Nullable Surge surge, SurgeSpec spec, Instant windowStart, Instant now) {
        if (surge == null) {
            return new Surge(windowStart, 0, false, null, windowStart, now);
        }
        if (!windowStart.isAfter(surge.windowStart())) {
            return surge;
        }
        double closed = rate(surge.total(), spec);
        Double before = surge.baseline();
        double baseline = before == null ? closed : before + spec.smoothing() * (closed - before);
        return new Surge(windowStart, 0, false, baseline, surge.since(), now);
    }

    /** Windows are aligned to the epoch, so every instance cuts the same windows. */
    static Instant windowStart(Instant at, SurgeSpec spec) {
        long window = spec.window().toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(at.toEpochMilli(), window) * window);
    }

    /** Per second. */
    private static double rate(double total, SurgeSpec spec) {
        return total * 1000 / spec.window().toMillis();
    }

    private static boolean warmedUp(Surge surge, SurgeSpec spec) {
        return Duration.between(surge.since(), surge.windowStart()).compareTo(spec.warmup()) >= 0;
    }

    /** E.g. {@code http_requests_total at 20/s in the 1m window from 2026-01-05T09:10:00Z, 10 times ...}. */
    private static String summary(Scenario scenario, Surge surge, double rate) {
        SurgeSpec spec = Objects.requireNonNull(scenario.surge());
        double baseline = Objects.requireNonNull(surge.baseline());
        String times = baseline > 0 ? Wording.number(rate / baseline) + " times" : "above";
        return scenario.metric() + " at " + Wording.number(rate) + "/s in the " + Wording.duration(spec.window())
                + " window from " + surge.windowStart() + ", " + times + " its baseline of "
                + Wording.number(baseline) + "/s (factor " + Wording.number(spec.factor()) + ")";
    }
}
