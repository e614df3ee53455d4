package org.scaleplan.evaluator.evaluation;

import java.time.Instant;

import org.scaleplan.contracts.Require;

/**
 * The newest point of one {@code active_users} series of a system.
 *
 * @param at its sample's time (event time)
 * @param arrived the stream time at which it arrived; state kept before this was recorded reads it as {@code at}
 */
public record SeriesPoint(Instant at, long users, Instant arrived) {

    public SeriesPoint {
        Require.present(at, "at");
        arrived = arrived == null ? at : arrived;
    }
}
