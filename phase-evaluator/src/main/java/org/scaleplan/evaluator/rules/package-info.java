/**
 * Alert rules: {@link org.scaleplan.evaluator.rules.RuleFiles} reads Prometheus-like YAML rule files into
 * {@link org.scaleplan.evaluator.rules.AlertRule}s (all files or none, every problem reported with file and line),
 * and the {@link org.scaleplan.evaluator.rules.RuleEvaluator} turns one series' samples into {@code AlertFiring}
 * and {@code AlertResolved} decisions in event time, so a replay gives the same decisions with the same event ids.
 * Plain Java: no Spring, Kafka or HTTP.
 */
package org.scaleplan.evaluator.rules;
