package org.scaleplan.contracts.metrics;

import java.time.Duration;
import java.time.Instant;

/**
 * When a series has gone, as Prometheus's staleness has it: once its system's clock has passed the series' last
 * sample by the staleness period, every store forgets it, and what it kept open (a firing alert, an accruing cost)
 * ends at {@link #endedAt}. Every service judges it the same way.
 *
 * <p>A system's clock is its newest sample's time (event time), run on by how long the system has been silent:
 * the stream time (Kafka's arrival stamps) since the system's last sample arrived. So a series that stops while its
 * system goes on has gone a staleness period after its last sample, in the system's own time, however far the
 * system runs behind others (a lagging region, a Prometheus catching up after an outage); and a system that stops
 * altogether has gone a staleness period after it fell silent. Judged so, whether a series has gone does not
 * depend on when a store is swept: a sample checks what it touches with the same clock a sweep would have used,
 * only later, so a replay of the same records forgets exactly what live forgot.
 *
 * @param period how long a series may be silent before it has gone
 */
public record Staleness(Duration period) {

    /** Prometheus's lookback: 5 minutes. */
    public static final Staleness DEFAULT = new Staleness(Duration.ofMinutes(5));

    public Staleness {
        if (period == null || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("the staleness period must be positive, was " + period);
        }
    }

    /**
     * The clock of a system whose newest sample is stamped {@code newest} and last arrived at {@code lastArrival},
     * at stream time {@code now}.
     */
    public static Instant systemClock(Instant newest, Instant lastArrival, Instant now) {
        return now.isAfter(lastArrival) ? newest.plus(Duration.between(lastArrival, now)) : newest;
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
