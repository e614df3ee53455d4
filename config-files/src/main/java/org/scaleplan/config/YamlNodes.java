package org.scaleplan.config;

import java.io.StringReader;
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
import java.util.regex.Pattern;

import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the values of one YAML configuration file (alert rules, runbooks, ...). A value that does not fit is
 * reported as {@code file:line: field: reason}, with the line of the offending node, and read as null, so that one
 * pass over a file reports every problem in it, and a set of files can be loaded all or nothing (DESIGN.md 7).
 */
public final class YamlNodes {

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private record Problem(int line, String text) {
    }

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    public YamlNodes(String file) {
        this.file = file;
    }

    /**
     * The root node of {@code text}; empty when the text holds no document, or (with the problem noted) is not
     * YAML. Only the structure is read: no objects are built from it, so a file cannot make the reader instantiate
     * anything.
     */
    public Optional<Node> compose(String text) {
        try {
            return Optional.ofNullable(new Yaml().compose(new StringReader(text)));
        } catch (MarkedYAMLException e) {
            problem(e.getProblemMark().getLine() + 1, "yaml", syntaxProblem(e));
            return Optional.empty();
        }
    }

    /** Notes each of {@code keys} missing from the mapping {@code at} (whose entries are {@code fields}). */
    public void required(Node at, Map<String, Node> fields, List<String> keys) {
        if (!(at instanceof MappingNode)) {
            return;
        }
        keys.stream().filter(key -> !fields.containsKey(key)).forEach(key -> problem(at, key, "is required"));
    }

    /** SnakeYAML's problem, and what it was reading from where, as the problem's line may be the file's end. */
    private static String syntaxProblem(MarkedYAMLException e) {
        if (e.getContext() == null || e.getContextMark() == null) {
            return e.getProblem();
        }
        return e.getProblem() + " (" + e.getContext() + " at line " + (e.getContextMark().getLine() + 1) + ")";
    }

    /** The problems found so far, by line, so that a file's problems read top to bottom. */
    public List<String> problems() {
        return problems.stream().sorted(Comparator.comparingInt(Problem::line)).map(Problem::text).toList();
    }

    public void problem(Node at, String field, String reason) {
        problem(line(at), field, reason);
    }

    public void problem(int line, String field, String reason) {
        problems.add(new Problem(line, file + ":" + line + ": " + field + ": " + reason));
    }

    public int problemCount() {
        return problems.size();
    }

    public static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    /** The entries of a mapping by key, in file order; a key not in {@code allowed} is a problem. */
    public Map<String, Node> fields(Node node, String field, Set<String> allowed) {
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

    public List<Node> list(Node node, String field) {
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        problem(node, field, "must be a list");
        return List.of();
    }

    public String text(Node node, String field) {
        if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            return scalar.getValue();
        }
        problem(node, field, "must be a non-empty text");
        return null;
    }

    public Double number(Node node, String field) {
        String text = text(node, field);
        if (text != null && !NUMBER.matcher(text).matches()) {
            problem(node, field, "must be a finite number, was " + text);
            return null;
        }
        return text == null ? null : Double.valueOf(text);
    }

    public Duration duration(Node node, String field) {
        String text = text(node, field);
        Optional<Duration> duration = text == null ? Optional.empty() : Durations.parse(text);
        if (duration.isEmpty()) {
            problem(node, field, "must be a duration like 30s, 5m, 1h");
            return null;
        }
        return duration.get();
    }

    public <E> E oneOf(Node node, String field, Function<String, Optional<E>> lookup, String allowed) {
        String text = text(node, field);
        Optional<E> value = text == null ? Optional.empty() : lookup.apply(text);
        if (text != null && value.isEmpty()) {
            problem(node, field, "must be one of " + allowed + ", was " + text);
        }
        return value.orElse(null);
    }

    /** A mapping of texts to texts, e.g. labels; an absent node is an empty map. */
    public Map<String, String> texts(Node node, String field) {
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
