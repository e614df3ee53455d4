package org.scaleplan.evaluator.rules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the values of one rule file's YAML nodes. A value that does not fit is reported as
 * {@code file:line: field: reason}, with the line of the offending node, and read as null, so that one pass over a
 * file reports every problem in it.
 */
final class RuleNodes {

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h|d)");

    private record Problem(int line, String text) {
    }

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    RuleNodes(String file) {
        this.file = file;
    }

    /** The problems found so far, by line, so that a file's problems read top to bottom. */
    List<String> problems() {
        return problems.stream().sorted(Comparator.comparingInt(Problem::line)).map(Problem::text).toList();
    }

    void problem(Node at, String field, String reason) {
        problem(line(at), field, reason);
    }

    void problem(int line, String field, String reason) {
        problems.add(new Problem(line, file + ":" + line + ": " + field + ": " + reason));
    }

    int problemCount() {
        return problems.size();
    }

    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    /** The entries of a mapping by key, in file order; a key not in {@code allowed} is a problem. */
    Map<String, Node> fields(Node node, String field, Set<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            problem(node, field, "must be a mapping");
            return Map.of();
        }
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple entry : mapping.getValue()) {
            String key = entry.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
            if (!allowed.contains(key)) {
                problem(entry.getKeyNode(), key, "unknown key (expected one of " + new TreeSet<>(allowed) + ")");
            } else if (fields.putIfAbsent(key, entry.getValueNode()) != null) {
                problem(entry.getKeyNode(), key, "appears twice");
            }
        }
        return fields;
    }

    List<Node> list(Node node, String field) {
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        problem(node, field, "must be a list");
        return List.of();
    }

    String text(Node node, String field) {
        if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            return scalar.getValue();
        }
        problem(node, field, "must be a non-empty text");
        return null;
    }

    Double number(Node node, String field) {
        String text = text(node, field);
        if (text != null && !NUMBER.matcher(text).matches()) {
            problem(node, field, "must be a finite number, was " + text);
            return null;
        }
        return text == null ? null : Double.valueOf(text);
    }

    Duration duration(Node node, String field) {
        String text = text(node, field);
        Matcher m = text == null ? null : DURATION.matcher(text);
        if (m == null || !m.matches()) {
            problem(node, field, "must be a duration like 30s, 5m, 1h");
            return null;
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }

    <E> E oneOf(Node node, String field, Function<String, Optional<E>> lookup, String allowed) {
        String text = text(node, field);
        Optional<E> value = text == null ? Optional.empty() : lookup.apply(text);
        if (text != null && value.isEmpty()) {
            problem(node, field, "must be one of " + allowed + ", was " + text);
        }
        return value.orElse(null);
    }

    /** A mapping of texts to texts, e.g. labels; an absent node is an empty map. */
    Map<String, String> texts(Node node, String field) {
        Map<String, String> texts = new TreeMap<>();
        if (node == null) {
            return texts;
        }
        if (!(node instanceof MappingNode mapping)) {
            problem(node, field, "must be a mapping of names to texts");
            return texts;
        }
        for (NodeTuple entry : mapping.getValue()) {
            String name = text(entry.getKeyNode(), field);
            String value = entry.getValueNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
            if (value == null) {
                problem(entry.getValueNode(), field + "." + name, "must be a text");
            } else if (name != null) {
                texts.put(name, value);
            }
        }
        return texts;
    }
}
