package org.scaleplan.cost.evaluation;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.Require;

/**
 * How busy a system's priced resources of one kind are, from a utilization gauge (0 to 1, e.g.
 * {@code cpu_utilization}) over all its series: the newest reading, and since when every reading has been below
 * {@link #IDLE_BELOW}. One reading at or above it, from any series, ends the idle stretch.
 *
 * @param at the newest reading's time (event time)
 * @param idleSince when the current idle stretch began; null while the resource is in use
 * @param arrived the stream time at which the latest reading arrived: once nothing has arrived for the staleness
 *        period, the gauge has gone; state kept before this was recorded reads it as {@code at}
 */
public record Utilization(Instant at, double value, @Nullable Instant idleSince, Instant arrived) {

    /** A resource used less than this is idle. */
    public static final double IDLE_BELOW = 0.05;

    /** How long a resource must stay idle before it is reported: long enough not to flag a quiet lunch hour. */
    public static final Duration IDLE_FOR = Duration.ofHours(1);

    public Utilization {
        Require.present(at, "at");
        arrived = arrived == null ? at : arrived;
    }

    static Utilization first(Instant at, double value, Instant arrived) {
        return new Utilization(at, value, value < IDLE_BELOW ? at : null, arrived);
    }

    Utilization next(Instant at, double value, Instant arrived) {
        Instant since = value >= IDLE_BELOW ? null : idleSince != null ? idleSince : at;
        return new Utilization(at.isAfter(this.at) ? at : this.at, value, since, arrived);
    }

    /** Whether the resource has been idle for at least {@link #IDLE_FOR} as of {@code now}. */
    public boolean idleAt(Instant now) {
        return idleSince != null && !idleSince.plus(IDLE_FOR).isAfter(now);
    }
}
