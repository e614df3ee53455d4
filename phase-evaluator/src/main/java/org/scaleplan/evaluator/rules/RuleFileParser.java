package org.scaleplan.evaluator.rules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.scaleplan.config.Comparison;
import org.scaleplan.config.YamlNodes;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the rules of one file: {@code groups}, each with a {@code name} and {@code rules}. Every problem is
 * collected, not only the first; a rule with a problem is left out.
 */
final class RuleFileParser {

    /** A rule read from a file, with the line it starts on. */
    record Located(AlertRule rule, String file, int line) {
    }

    static final Set<String> RULE_KEYS = Set.of("alert", "metric", "match", "aggregate", "window", "op",
            "threshold", "for", "keep_firing_for", "severity", "labels", "annotations");
    static final List<String> REQUIRED = List.of("alert", "metric", "aggregate", "window", "op",
            "threshold", "severity");
    private static final String AGGREGATIONS = Arrays.stream(Aggregation.values()).map(Aggregation::yamlName)
            .collect(Collectors.joining(", "));
    private static final String COMPARISONS = Arrays.stream(Comparison.values()).map(Comparison::symbol)
            .collect(Collectors.joining(" "));

    private final String file;
    private final YamlNodes nodes;

    RuleFileParser(String file) {
        this.file = file;
        this.nodes = new YamlNodes(file);
    }

    /** Every problem found by {@link #parse}, by line. */
    List<String> problems() {
        return nodes.problems();
    }

    /** The valid rules of the file's {@code text}; null text means the file could not be read. */
    List<Located> parse(String text) {
        if (text == null) {
            nodes.problem(0, "file", "cannot be read");
            return List.of();
        }
        Node groups = nodes.compose(text).map(root -> nodes.fields(root, "file", Set.of("groups")).get("groups"))
                .orElse(null);
        List<Located> rules = new ArrayList<>();
        if (groups != null) {
            nodes.list(groups, "groups").forEach(group -> rules.addAll(group(group)));
        }
        return rules;
    }

    private List<Located> group(Node group) {
        Map<String, Node> fields = nodes.fields(group, "group", Set.of("name", "rules"));
        nodes.required(group, fields, List.of("name", "rules"));
        Optional.ofNullable(fields.get("name")).ifPresent(name -> nodes.text(name, "name"));
        Node rules = fields.get("rules");
        return rules == null ? List.of()
                : nodes.list(rules, "rules").stream().flatMap(rule -> rule(rule).stream()).toList();
    }

    private Optional<Located> rule(Node node) {
        int problemsBefore = nodes.problemCount();
        Map<String, Node> f = nodes.fields(node, "rule", RULE_KEYS);
        nodes.required(node, f, REQUIRED);
        String name = get(f, "alert", nodes::text);
        String metric = get(f, "metric", nodes::text);
        Map<String, String> match = nodes.texts(f.get("match"), "match");
        Aggregation aggregate = get(f, "aggregate", (n, k) -> nodes.oneOf(n, k, Aggregation::named, AGGREGATIONS));
        Duration window = positive(get(f, "window", nodes::duration), f.get("window"));
        Comparison op = get(f, "op", (n, k) -> nodes.oneOf(n, k, Comparison::of, COMPARISONS));
        Double threshold = get(f, "threshold", nodes::number);
        Duration pendingFor = f.containsKey("for") ? get(f, "for", nodes::duration) : Duration.ZERO;
        Duration keepFiringFor = f.containsKey("keep_firing_for") ? get(f, "keep_firing_for", nodes::duration)
                : Duration.ZERO;
        String severity = get(f, "severity", nodes::text);
        Map<String, String> labels = nodes.texts(f.get("labels"), "labels");
        Map<String, String> annotations = annotations(f.get("annotations"));
        if (nodes.problemCount() > problemsBefore) {
            return Optional.empty();
        }
        return Optional.of(new Located(new AlertRule(name, metric, match, aggregate, window, op, threshold,
                pendingFor, keepFiringFor, severity, labels, annotations), file, YamlNodes.line(node)));
    }

    private interface Reader<T> {
        T read(Node node, String field);
    }

    private static <T> T get(Map<String, Node> fields, String key, Reader<T> reader) {
        Node node = fields.get(key);
        return node == null ? null : reader.read(node, key);
    }

    private Duration positive(Duration window, Node at) {
        if (window != null && window.isZero()) {
            nodes.problem(at, "window", "must be longer than 0s");
            return null;
        }
        return window;
    }

    /** Annotations whose templates use only known variables, each unknown one reported on its own line. */
    private Map<String, String> annotations(Node node) {
        Map<String, String> annotations = nodes.texts(node, "annotations");
        List<NodeTuple> entries = node instanceof MappingNode mapping ? mapping.getValue() : List.of();
        for (NodeTuple entry : entries) {
            if (entry.getValueNode() instanceof ScalarNode template) {
                AnnotationTemplates.unknownPlaceholders(template.getValue()).forEach(unknown -> nodes.problem(template,
                        "annotations", "unknown variable " + unknown + " (known: $value, $threshold, $system, $labels.<name>)"));
            }
        }
        return annotations;
    }
}
