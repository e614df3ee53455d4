package org.scaleplan.contracts.metrics;

import java.time.Duration;
import java.time.Instant;

/**
 * When a series has gone, as Prometheus's staleness has it: once its system's clock has passed the series' last
 * sample by the staleness period, every store forgets it, and what it kept open (a firing alert, an accruing cost)
 * ends at {@link #endedAt}. Every service judges it the same way, in event time.
 *
 * <p>A system's clock is its newest sample's time; for a system that has gone silent altogether, the clock of its
 * partition (the newest sample time of any system there, its stream time) less {@link #SKEW}, since one client's
 * clock may run up to ingest's {@code max-future} ahead of the others'. Judged so, whether a series has gone does
 * not depend on when a store is swept, so a replay forgets exactly what live forgot.
 *
 * @param period how long a series may be silent before it has gone
 */
public record Staleness(Duration period) {

    /** How far ahead of the others one client's clock may run: ingest's default {@code max-future}. */
    public static final Duration SKEW = Duration.ofMinutes(10);

    /** Prometheus's lookback: 5 minutes. */
    public static final Staleness DEFAULT = new Staleness(Duration.ofMinutes(5));

    public Staleness {
        if (period == null || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("the staleness period must be positive, was " + period);
        }
    }

    /** The clock of a system whose newest sample is {@code newestOfSystem}, in a partition at {@code streamTime}. */
    public static Instant systemClock(Instant newestOfSystem, Instant streamTime) {
        Instant partitionClock = streamTime.minus(SKEW);
        return newestOfSystem == null || partitionClock.isAfter(newestOfSystem) ? partitionClock : newestOfSystem;
    }

    /** Whether a series last seen at {@code lastSeen} has gone by {@code systemClock}. */
    public boolean gone(Instant lastSeen, Instant systemClock) {
        return !endedAt(lastSeen).isAfter(systemClock);
    }

    /** When a series last seen at {@code lastSeen} ended, once it has gone: what stays open for it closes then. */
    public Instant endedAt(Instant lastSeen) {
        return lastSeen.plus(period);
    }
}
