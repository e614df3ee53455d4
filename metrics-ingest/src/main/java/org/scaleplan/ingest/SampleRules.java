package org.scaleplan.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.scaleplan.access.FieldProblem;

/**
 * What makes a sample acceptable: Prometheus's naming rules for metric and label names, bounded labels, a
 * system id, a finite value and a plausible timestamp. Plain rules, the same for JSON and remote-write.
 */
public class SampleRules {

    private static final Pattern METRIC_NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
    private static final Pattern SYSTEM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    private final IngestProperties limits;
    private final Clock clock;

    public SampleRules(IngestProperties limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** The problems of one sample, each field named under {@code at} (e.g. {@code samples[3]}); empty if none. */
    public List<FieldProblem> check(IncomingSample sample, String at) {
        List<FieldProblem> problems = new ArrayList<>();
        if (sample.system() == null || !SYSTEM.matcher(sample.system()).matches()) {
            problems.add(new FieldProblem(at + ".system", "must be a system id: 1-128 letters, digits, . _ : -"));
        }
        checkName(sample.name(), at + ".name", problems);
        checkLabels(sample.labels(), at + ".labels", problems);
        if (!Double.isFinite(sample.value())) {
            problems.add(new FieldProblem(at + ".value", "must be a finite number"));
        }
        checkTimestamp(sample.timestamp(), at + ".timestamp", problems);
        return problems;
    }

    private void checkName(String name, String field, List<FieldProblem> problems) {
        if (name == null || !METRIC_NAME.matcher(name).matches()) {
            problems.add(new FieldProblem(field, "must match [a-zA-Z_:][a-zA-Z0-9_:]* (Prometheus metric name)"));
        } else if (name.length() > limits.maxNameLength()) {
            problems.add(new FieldProblem(field, "is longer than " + limits.maxNameLength() + " characters"));
        }
    }

    private void checkLabels(Map<String, String> labels, String field, List<FieldProblem> problems) {
        if (labels.size() > limits.maxLabels()) {
            problems.add(new FieldProblem(field, "has " + labels.size() + " labels, at most " + limits.maxLabels()));
        }
        labels.forEach((name, value) -> {
            if (!LABEL_NAME.matcher(name).matches() || name.startsWith("__")) {
                problems.add(new FieldProblem(field + "." + name,
                        "label name must match [a-zA-Z_][a-zA-Z0-9_]* and not start with __"));
            } else if (name.length() > limits.maxNameLength()) {
                problems.add(new FieldProblem(field + "." + name, "label name is too long"));
            }
            if (value == null || value.length() > limits.maxLabelValueLength()) {
                problems.add(new FieldProblem(field + "." + name,
                        "label value must be present and at most " + limits.maxLabelValueLength() + " characters"));
            }
        });
    }

    private void checkTimestamp(Instant timestamp, String field, List<FieldProblem> problems) {
        Instant now = clock.instant();
        if (timestamp.isBefore(now.minus(limits.maxAge()))) {
            problems.add(new FieldProblem(field, "is more than " + limits.maxAge() + " old"));
        } else if (timestamp.isAfter(now.plus(limits.maxFuture()))) {
            problems.add(new FieldProblem(field, "is more than " + limits.maxFuture() + " in the future"));
        }
    }
}
