package org.scaleplan.evaluator.evaluation;

import java.util.List;
import java.util.Map;

import org.scaleplan.contracts.SystemEvent;

/**
 * What a sweep ended, and what each store held as it passed.
 *
 * @param decisions the alerts of gone series resolved, in order
 * @param sizes by store ({@code standings}, {@code alerts}, {@code systems}): the keys it keeps and their stored bytes
 */
public record Sweep(List<SystemEvent> decisions, Map<String, Size> sizes) {

    /** @param bytes the stored (JSON) size of the values, where the store serializes them; else 0 */
    public record Size(long keys, long bytes) {
    }

    public Sweep {
        decisions = List.copyOf(decisions);
        sizes = Map.copyOf(sizes);
    }
}
