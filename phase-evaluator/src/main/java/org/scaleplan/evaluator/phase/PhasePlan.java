package org.scaleplan.evaluator.phase;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.scaleplan.contracts.Require;

/**
 * The growth phases of PRODUCT.md §3 and the rules for moving between them.
 *
 * @param thresholds the lower bounds, in active users, of phases 2, 3 and 4 (phase 1 is everything below the first)
 * @param stabilizationWindow how long a new level must hold, in event time, before the phase changes
 * @param tolerance how far (as a fraction) users must fall under a phase's lower bound before a move down starts
 * @param phases the four phases in order, each with its name and the actions asked for on entering it
 */
public record PhasePlan(List<Long> thresholds, Duration stabilizationWindow, double tolerance, List<Phase> phases) {

    /** The highest phase number; phases are numbered 1 to {@code LAST}. */
    public static final int LAST = 4;

    /** One growth phase: its name and what the scaling plan asks for on entering it. */
    public record Phase(String name, List<String> actions) {

        public Phase {
            Require.text(name, "phase name");
            actions = Require.list(actions);
        }
    }

    public PhasePlan {
        thresholds = Require.list(Require.present(thresholds, "thresholds"));
        requireIncreasingPositive(thresholds);
        requirePositive(Require.present(stabilizationWindow, "stabilizationWindow"), "stabilizationWindow");
        if (!(tolerance >= 0 && tolerance < 1)) {
            throw new IllegalArgumentException("tolerance must be at least 0 and below 1, was " + tolerance);
        }
        phases = Require.list(Require.present(phases, "phases"));
        if (phases.size() != LAST) {
            throw new IllegalArgumentException("phases must list " + LAST + " phases, was " + phases.size());
        }
    }

    /** The seed's plan: thresholds 1,000 / 5,000 / 20,000, a 5 minute window and a 10% band. */
    public static PhasePlan defaults() {
        return new PhasePlan(List.of(1_000L, 5_000L, 20_000L), Duration.ofMinutes(5), 0.10,
                List.of(new Phase("Initial", List.of("single server", "basic monitoring", "essential features",
                                "standard security")),
                        new Phase("Growth", List.of("load balancing", "database replication", "enhanced monitoring",
                                "advanced security")),
                        new Phase("Expansion", List.of("multi-region deployment", "database sharding",
                                "advanced caching", "comprehensive security")),
                        new Phase("Enterprise", List.of("global distribution", "advanced analytics",
                                "enterprise features", "enterprise security"))));
    }

    /** The highest phase whose lower bound is at most {@code users}. */
    public int classify(double users) {
        int phase = 1;
        while (phase < LAST && users >= lowerBound(phase + 1)) {
            phase++;
        }
        return phase;
    }

    /** The fewest active users of {@code phase}; 0 for phase 1. */
    public long lowerBound(int phase) {
        return phase == 1 ? 0 : thresholds.get(checked(phase) - 2);
    }

    /**
     * The phase a system in {@code phase} is drawn toward by {@code users}: up as soon as users reach a higher
     * phase's bound, but down only once they fall under the band below the current phase's bound (so a system in
     * phase 3 at 4,600 users stays in 3, at 4,400 it is drawn to 2). Down, it goes no further than the highest phase
     * whose own band still holds the users: phase 4 at 4,800 is drawn to 3 (inside 3's band), not to 2 and back up to
     * 3 at 5,000. The bands are what stop flapping.
     */
    public int candidate(int phase, double users) {
        int level = classify(users);
        if (level > phase) {
            return level;
        }
        if (!underBand(phase, users)) {
            return phase;
        }
        int lower = phase - 1;
        while (lower > 1 && underBand(lower, users)) {
            lower--;
        }
        return lower;
    }

    private boolean underBand(int phase, double users) {
        return users < lowerBound(phase) * (1 - tolerance);
    }

    public String name(int phase) {
        return phases.get(checked(phase) - 1).name();
    }

    /**
     * What moving from {@code from} to {@code to} asks for, each action prefixed with its phase's name: going up,
     * the actions of every phase entered, in order (a jump skips no phase's actions); going down, the actions of
     * the phase arrived at.
     */
    public List<String> actions(int from, int to) {
        int first = to > from ? from + 1 : to;
        return IntStream.rangeClosed(first, to)
                .boxed()
                .flatMap(phase -> phases.get(checked(phase) - 1).actions().stream().map(a -> name(phase) + ": " + a))
                .toList();
    }

    private static int checked(int phase) {
        return Require.between(phase, 1, LAST, "phase");
    }

    private static void requireIncreasingPositive(List<Long> thresholds) {
        boolean valid = thresholds.size() == LAST - 1 && thresholds.get(0) > 0
                && IntStream.range(1, thresholds.size()).allMatch(i -> thresholds.get(i) > thresholds.get(i - 1));
        if (!valid) {
            throw new IllegalArgumentException(
                    "thresholds must be " + (LAST - 1) + " strictly increasing positive numbers, was " + thresholds);
        }
    }

    private static void requirePositive(Duration duration, String field) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(field + " must be positive, was " + duration);
        }
    }
}
