package org.scaleplan.evaluator.evaluation;

import org.scaleplan.evaluator.rules.RuleState;

/**
 * All an {@link Evaluation} keeps: each system's phase standing and its activity, and each alert rule's state per
 * series. Kafka Streams stores when live, maps when replaying.
 */
public record EvaluationState(StateMap<Standing> standings, StateMap<RuleState> alerts,
        StateMap<SystemActivity> systems) {

    public static EvaluationState inMemory() {
        return new EvaluationState(StateMap.inMemory(), StateMap.inMemory(), StateMap.inMemory());
    }
}
