package org.scaleplan.security.posture;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The security posture of every growth phase. A plan covers all four phases, because a system may enter any of
 * them, and every posture declares every enforced control, so {@link #enforced(int)} cannot fail on a plan.
 *
 * @param phases the posture of each phase 1 to 4, by phase
 */
public record PosturePlan(Map<Integer, Posture> phases) {

    private static final Set<Integer> PHASES = Set.of(1, 2, 3, 4);

    public PosturePlan {
        if (!phases.keySet().equals(PHASES)) {
            throw new IllegalArgumentException("a plan needs the postures of phases 1 to 4, had " + phases.keySet());
        }
        phases.forEach(PosturePlan::check);
        phases = Collections.unmodifiableSortedMap(new TreeMap<>(phases));
    }

    /** The posture of {@code phase}, 1 to 4. */
    public Posture of(int phase) {
        Posture posture = phases.get(phase);
        if (posture == null) {
            throw new IllegalArgumentException("phase must be 1 to 4, was " + phase);
        }
        return posture;
    }

    /** The typed controls Scaleplan enforces for a system in this phase. */
    public EnforcedControls enforced(int phase) {
        return EnforcedControls.of(of(phase).controls());
    }

    private static void check(int phase, Posture posture) {
        if (posture.phase() != phase) {
            throw new IllegalArgumentException("the posture of phase " + phase + " is for phase " + posture.phase());
        }
        EnforcedControls.of(posture.controls());
    }
}
