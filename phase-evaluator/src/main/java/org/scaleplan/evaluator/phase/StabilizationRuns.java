package org.scaleplan.evaluator.phase;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The stabilization runs of a {@link PhaseState}: one per phase the system is being drawn toward, each remembering
 * since when every sample has agreed. Tracking one run per level (not one per candidate) is what lets a jump from
 * 900 to 25,000 settle as a single move 1 → 4 and a system that keeps growing settle each level exactly one window
 * after it was first reached.
 */
final class StabilizationRuns {

    private StabilizationRuns() {
    }

    /** An in-order sample drawing the system to {@code candidate} at {@code at}: runs it agrees with go on or start. */
    static PhaseState extend(PhaseState state, int candidate, Instant at) {
        Map<Integer, Instant> up = new TreeMap<>();
        Map<Integer, Instant> down = new TreeMap<>();
        for (int level = state.phase() + 1; level <= PhasePlan.LAST && level <= candidate; level++) {
            up.put(level, state.upSince().getOrDefault(level, at));
        }
        for (int level = candidate; level < state.phase(); level++) {
            down.put(level, state.downSince().getOrDefault(level, at));
        }
        return state.withRuns(up, down);
    }

    /** The phase to move to at {@code at}: the highest level up, else the lowest level down, held for the window. */
    static Optional<Integer> settled(PhaseState state, Instant at, Duration window) {
        Instant cutoff = at.minus(window);
        Optional<Integer> up = state.upSince().entrySet().stream()
                .filter(run -> !run.getValue().isAfter(cutoff))
                .map(Map.Entry::getKey)
                .max(Integer::compare);
        return up.isPresent() ? up : state.downSince().entrySet().stream()
                .filter(run -> !run.getValue().isAfter(cutoff))
                .map(Map.Entry::getKey)
                .min(Integer::compare);
    }

    /**
     * The runs that survive a move to {@code phase}. Runs up to levels above the new phase survive a move up: "every
     * sample reached level q" does not depend on the phase the system was in. Down runs are measured against the
     * old phase's tolerance band, so they never carry over.
     */
    static Map<Integer, Instant> carriedUp(PhaseState state, int phase) {
        Map<Integer, Instant> up = new TreeMap<>(state.upSince());
        up.keySet().removeIf(level -> level <= phase);
        return up;
    }
}
