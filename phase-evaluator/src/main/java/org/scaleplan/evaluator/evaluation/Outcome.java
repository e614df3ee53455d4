package org.scaleplan.evaluator.evaluation;

import java.util.List;

import org.scaleplan.contracts.SystemEvent;

/**
 * What one sample led to.
 *
 * @param decisions the events to publish, in order
 * @param late the sample was older than its series' newest (or a second one at its instant), or so far behind its
 *        system that its series had gone: it was ignored
 * @param bounds the bounds it met ({@link Limits}' setting names): part of it was not kept
 */
public record Outcome(List<SystemEvent> decisions, boolean late, List<String> bounds) {

    public Outcome {
        decisions = List.copyOf(decisions);
        bounds = List.copyOf(bounds);
    }
}
