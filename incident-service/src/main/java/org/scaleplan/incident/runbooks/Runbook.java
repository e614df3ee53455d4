package org.scaleplan.incident.runbooks;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.scaleplan.contracts.Require;

/**
 * A runbook (PRODUCT.md §5): which incidents start it and the steps it takes for them, in order.
 *
 * @param onFailure what happens when a step fails for good and does not say otherwise
 */
public record Runbook(String id, Trigger trigger, List<Step> steps, OnFailure onFailure) {

    public Runbook {
        Require.text(id, "id");
        Require.present(trigger, "trigger");
        steps = Require.list(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a runbook needs at least one step");
        }
        Set<String> ids = new HashSet<>();
        for (Step step : steps) {
            for (Step named : step.compensate() == null ? List.of(step) : List.of(step, step.compensate())) {
                if (!ids.add(named.id())) {
                    throw new IllegalArgumentException("step id " + named.id() + " appears twice");
                }
            }
        }
        Require.present(onFailure, "onFailure");
        if (onFailure == OnFailure.COMPENSATE) {
            throw new IllegalArgumentException("on-failure: compensate belongs on a step with a compensate step");
        }
    }

    /** The step at {@code index}, or null past the last. */
    public Step step(int index) {
        return index < steps.size() ? steps.get(index) : null;
    }

    /** What a failed {@code step} leads to: its own on-failure, else the runbook's. */
    public OnFailure onFailure(Step step) {
        return step.onFailure() != null ? step.onFailure() : onFailure;
    }
}
