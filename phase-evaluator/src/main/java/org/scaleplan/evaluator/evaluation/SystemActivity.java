package org.scaleplan.evaluator.evaluation;

import java.time.Instant;

import org.scaleplan.contracts.Require;

/**
 * What the evaluator keeps of each system beside its standing: when it last sent anything, to forget it after the
 * retention, and how many rule states it holds, to bound them.
 *
 * @param lastArrival the stream time at which its newest sample arrived
 * @param alertSeries how many series of the system have a rule state
 */
public record SystemActivity(Instant lastArrival, int alertSeries) {

    public SystemActivity {
        Require.present(lastArrival, "lastArrival");
    }
}
