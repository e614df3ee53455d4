package org.scaleplan.contracts.metrics;

import java.time.Duration;
import java.time.Instant;

/**
 * When a series has gone, as Prometheus's staleness has it: once nothing of it has arrived for the staleness
 * period, every store forgets it, and what it kept open (a firing alert, an accruing cost) ends at
 * {@link #endedAt}, its last sample's time plus the period.
 *
 * <p>Arrival is measured in stream time: the stamps Kafka put on the records as ingest wrote them, the newest of a
 * partition so far. So a series that arrives steadily never goes, however far its own timestamps run behind its
 * system's others (a lagging region, a Prometheus catching up after an outage), nor does a client's skewed clock
 * make anyone's series go. And whether a series has gone does not depend on when a store is swept: a sample that
 * finds its series' state gone ends it just as a sweep would have, so a replay of the same records forgets exactly
 * what live forgot.
 *
 * @param period how long a series may send nothing before it has gone
 */
public record Staleness(Duration period) {

    /** Prometheus's lookback: 5 minutes. */
    public static final Staleness DEFAULT = new Staleness(Duration.ofMinutes(5));

    public Staleness {
        if (period == null || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("the staleness period must be positive, was " + period);
        }
    }

    /** Whether a series that last arrived at {@code lastArrival} has gone by stream time {@code now}. */
    public boolean gone(Instant lastArrival, Instant now) {
        return !lastArrival.plus(period).isAfter(now);
    }

    /** When a series whose last sample is stamped {@code lastSeen} ended, once it has gone (event time). */
    public Instant endedAt(Instant lastSeen) {
        return lastSeen.plus(period);
    }
}
