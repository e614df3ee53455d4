package org.scaleplan.evaluator;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.phase.PhaseForecast;
import org.scaleplan.evaluator.evaluation.Standing;
import org.scaleplan.evaluator.phase.Pending;
import org.scaleplan.evaluator.phase.PhasePlan;
import org.scaleplan.evaluator.phase.Trend;

/**
 * The answer of {@code GET /v1/systems/{system}/phase}.
 *
 * @param since when the system entered {@code phase} (event time)
 * @param activeUsers the sum of its {@code active_users} series, as of {@code asOf}
 * @param series the newest point of each labelled {@code active_users} series
 * @param pending the change in progress, if the system is inside a stabilization window
 * @param forecast the last forecast published
 */
record PhaseReport(String system, int phase, String phaseName, Instant since, long activeUsers, Instant asOf,
        Map<String, Trend.Point> series, @Nullable PendingChange pending, @Nullable PhaseForecast forecast) {

    /** @param due when the change happens if the samples keep agreeing */
    record PendingChange(int phase, String phaseName, Instant since, Instant due) {
    }

    static PhaseReport of(Standing standing, PhasePlan plan) {
        var state = standing.phase();
        PendingChange pending = Pending.pending(state, plan)
                .map(p -> new PendingChange(p.phase(), plan.name(p.phase()), p.since(), p.due()))
                .orElse(null);
        return new PhaseReport(state.system(), state.phase(), plan.name(state.phase()), state.since(),
                state.activeUsers(), state.latest(), points(standing), pending, standing.forecast());
    }

    private static Map<String, Trend.Point> points(Standing standing) {
        Map<String, Trend.Point> points = new TreeMap<>();
        standing.series().forEach((series, point) -> points.put(series, new Trend.Point(point.at(), point.users())));
        return points;
    }
}
