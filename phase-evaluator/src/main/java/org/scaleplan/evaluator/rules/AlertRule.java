package org.scaleplan.evaluator.rules;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.scaleplan.config.Comparison;
import org.scaleplan.contracts.Require;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.contracts.metrics.SeriesLabels;

/**
 * One alerting rule of a rule file: for every series of {@code metric} whose labels include {@code match}, the
 * {@code aggregate} of its samples within {@code window} is compared with {@code threshold}.
 *
 * @param name the alert's name ({@code alert:} in the file), unique across all loaded files
 * @param pendingFor how long the condition must hold before the alert fires ({@code for:}); zero fires at once
 * @param keepFiringFor how long a firing alert keeps firing after its condition stopped holding; zero resolves at once
 * @param labels added to the series' labels on the alert, overriding a series label of the same name
 * @param annotations templates of the alert's annotations, see {@link AnnotationTemplates}
 */
public record AlertRule(String name, String metric, Map<String, String> match, Aggregation aggregate,
        Duration window, Comparison op, double threshold, Duration pendingFor, Duration keepFiringFor,
        String severity, Map<String, String> labels, Map<String, String> annotations) {

    public AlertRule {
        Require.text(name, "alert");
        Require.text(metric, "metric");
        match = sorted(match);
        Require.present(aggregate, "aggregate");
        if (Require.present(window, "window").isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive, was " + window);
        }
        Require.present(op, "op");
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("threshold must be a finite number, was " + threshold);
        }
        requireNotNegative(pendingFor, "for");
        requireNotNegative(keepFiringFor, "keep_firing_for");
        Require.text(severity, "severity");
        labels = sorted(labels);
        annotations = sorted(annotations);
    }

    /** Whether {@code sample} belongs to this rule: its metric, with every matcher's label equal. */
    public boolean matches(MetricSample sample) {
        return metric.equals(sample.name()) && sample.labels().entrySet().containsAll(match.entrySet());
    }

    /** The labels of this rule's alert on the series labelled {@code seriesLabels}. */
    public Map<String, String> alertLabels(Map<String, String> seriesLabels) {
        Map<String, String> merged = new TreeMap<>(seriesLabels);
        merged.putAll(labels);
        return Collections.unmodifiableMap(merged);
    }

    /**
     * Identifies this rule's alert on one series of one system, e.g. {@code shop/HighErrorRate{service="checkout"}}:
     * system, alert name and the alert's labels sorted by name. Being built from the alert's identity only, it is the
     * same on every instance and every replay, and serves as the key of the alert's state.
     */
    public String fingerprint(String system, Map<String, String> seriesLabels) {
        return system + "/" + name + SeriesLabels.text(alertLabels(seriesLabels));
    }

    private static Map<String, String> sorted(Map<String, String> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(map));
    }

    private static void requireNotNegative(Duration duration, String field) {
        if (Require.present(duration, field).isNegative()) {
            throw new IllegalArgumentException(field + " must not be negative, was " + duration);
        }
    }
}
