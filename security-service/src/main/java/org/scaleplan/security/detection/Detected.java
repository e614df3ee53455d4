package org.scaleplan.security.detection;

import java.util.List;
import java.util.Set;

import org.scaleplan.contracts.Require;

/**
 * What detection made of one event.
 *
 * @param overflows the overflows it caused (each overflow empties its bucket)
 * @param reached the bounds it met, where detection kept less than it would have
 */
public record Detected(List<Overflow> overflows, Set<DetectionBound> reached) {

    public Detected {
        overflows = Require.list(overflows);
        reached = Set.copyOf(reached);
    }
}
