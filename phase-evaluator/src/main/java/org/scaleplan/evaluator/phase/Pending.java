package org.scaleplan.evaluator.phase;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A phase change in progress, for showing a system's phase (e.g. over HTTP).
 *
 * @param phase the phase the system is being drawn toward
 * @param since since when every sample has agreed
 * @param due when the change happens if the samples keep agreeing: {@code since} plus the stabilization window
 */
public record Pending(int phase, Instant since, Instant due) {

    /**
     * The run in progress that will settle first, i.e. the earliest; when several started together (a jump), the
     * farthest phase, as that is the one the machine would move to. Empty when no run is in progress.
     */
    public static Optional<Pending> pending(PhaseState state, PhasePlan plan) {
        Comparator<Map.Entry<Integer, Instant>> earliestThenFarthest = Map.Entry.<Integer, Instant>comparingByValue()
                .thenComparingInt(run -> -Math.abs(run.getKey() - state.phase()));
        return Stream.concat(state.upSince().entrySet().stream(), state.downSince().entrySet().stream())
                .min(earliestThenFarthest)
                .map(run -> new Pending(run.getKey(), run.getValue(), run.getValue().plus(plan.stabilizationWindow())));
    }
}
