package org.scaleplan.evaluator.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.evaluator.rules.AlertRule;
import org.scaleplan.evaluator.rules.RuleEvaluator;

/** A loaded set of alert rules, indexed by metric so that a sample meets only the rules of its metric. */
public final class RuleSet {

    private final String source;
    private final List<AlertRule> rules;
    private final Map<String, List<RuleEvaluator>> byMetric;

    /** @param source where the rules came from (their directory, or the shipped defaults), for showing */
    public RuleSet(String source, List<AlertRule> rules) {
        this.source = source;
        this.rules = List.copyOf(rules);
        this.byMetric = this.rules.stream().collect(Collectors.groupingBy(AlertRule::metric,
                Collectors.mapping(RuleEvaluator::new, Collectors.toUnmodifiableList())));
    }

    public String source() {
        return source;
    }

    public List<AlertRule> rules() {
        return rules;
    }

    /** Whether a rule watches {@code metric}. */
    boolean watches(String metric) {
        return byMetric.containsKey(metric);
    }

    /** The evaluators of the rules {@code sample} belongs to. */
    List<RuleEvaluator> matching(MetricSample sample) {
        return byMetric.getOrDefault(sample.name(), List.of()).stream()
                .filter(evaluator -> evaluator.rule().matches(sample))
                .toList();
    }

    /** The evaluator of the rule named {@code alert}, if the set has one. */
    Optional<RuleEvaluator> named(String alert) {
        return byMetric.values().stream().flatMap(List::stream)
                .filter(evaluator -> evaluator.rule().name().equals(alert)).findFirst();
    }
}
