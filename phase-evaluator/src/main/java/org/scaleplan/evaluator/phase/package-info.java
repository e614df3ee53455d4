/**
 * Growth phases (PRODUCT.md §3): the {@link org.scaleplan.evaluator.phase.PhasePlan} (thresholds, stabilization
 * window, tolerance band, each phase's actions) and the {@link org.scaleplan.evaluator.phase.PhaseMachine} that
 * turns one system's {@code active_users} samples into {@code PhaseChanged} decisions in event time, so a replay
 * of the same samples gives the same decisions with the same event ids. Plain Java: no Spring, Kafka or HTTP.
 */
package org.scaleplan.evaluator.phase;
