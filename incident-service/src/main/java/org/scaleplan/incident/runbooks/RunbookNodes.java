package org.scaleplan.incident.runbooks;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.scaleplan.config.YamlNodes;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The values of runbook files beyond those {@link YamlNodes} reads: whole numbers, templates, URLs, enums written in
 * kebab-case, and model records made only from values without problems. Problems go to the same {@link YamlNodes}.
 */
final class RunbookNodes {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern WHOLE = Pattern.compile("[-+]?\\d{1,9}");
    private static final Pattern URL = Pattern.compile("https?://[^/\\s]+(/\\S*)?", Pattern.CASE_INSENSITIVE);
    private static final String VARIABLES = new TreeSet<>(Templates.VARIABLES) + " and labels.<name>";

    private final YamlNodes yaml;

    RunbookNodes(YamlNodes yaml) {
        this.yaml = yaml;
    }

    /** The value of {@code key} read by {@code reader}; null when absent. */
    static <T> T get(Map<String, Node> fields, String key, BiFunction<Node, String, T> reader) {
        return get(fields, key, reader, null);
    }

    /** The value of {@code key} read by {@code reader}; {@code absent} when the key is. */
    static <T> T get(Map<String, Node> fields, String key, BiFunction<Node, String, T> reader, T absent) {
        Node node = fields.get(key);
        return node == null ? absent : reader.apply(node, key);
    }

    /** The entries of a mapping, checked for unknown and missing keys; an absent node has none. */
    Map<String, Node> mapping(Node node, String field, Set<String> keys, List<String> required) {
        if (node == null) {
            return Map.of();
        }
        Map<String, Node> fields = yaml.fields(node, field, keys);
        yaml.required(node, fields, required);
        return fields;
    }

    /** An id: a name safe in logs, URLs and headers. */
    String name(Node node, String field) {
        String name = yaml.text(node, field);
        if (name != null && !NAME.matcher(name).matches()) {
            yaml.problem(node, field, "must be letters, digits, '.', '_' and '-', starting with a letter or digit, was "
                    + name);
        }
        return name;
    }

    /** The constant of {@code values} written as its name in lower case with {@code -} for {@code _}. */
    <E extends Enum<E>> E oneOf(Node node, String field, E[] values) {
        return yaml.oneOf(node, field, name -> Arrays.stream(values).filter(v -> yamlName(v).equals(name)).findFirst(),
                Arrays.stream(values).map(RunbookNodes::yamlName).collect(Collectors.joining(", ")));
    }

    private static String yamlName(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    Integer integer(Node node, String field) {
        String text = yaml.text(node, field);
        if (text != null && !WHOLE.matcher(text).matches()) {
            yaml.problem(node, field, "must be a whole number of up to 9 digits, was " + text);
            return null;
        }
        return text == null ? null : Integer.valueOf(text);
    }

    /** A text that may hold the variables of {@link Templates}; any other placeholder is a problem. */
    String template(Node node, String field) {
        String text = yaml.text(node, field);
        if (text != null) {
            variables(node, field, text);
        }
        return text;
    }

    /** A mapping of names to {@link #template}s, e.g. headers. */
    Map<String, String> templates(Node node, String field) {
        Map<String, String> texts = yaml.texts(node, field);
        List<NodeTuple> entries = node instanceof MappingNode mapping ? mapping.getValue() : List.of();
        for (NodeTuple entry : entries) {
            if (entry.getKeyNode() instanceof ScalarNode name && entry.getValueNode() instanceof ScalarNode value) {
                variables(value, field + "." + name.getValue(), value.getValue());
            }
        }
        return texts;
    }

    /** An absolute http or https URL, and a {@link #template}, so that it may name e.g. the incident's system. */
    String url(Node node, String field) {
        String url = template(node, field);
        if (url != null && !URL.matcher(url).matches()) {
            yaml.problem(node, field, "must be an http or https URL, was " + url);
        }
        return url;
    }

    private void variables(Node node, String field, String text) {
        Templates.unknown(text).forEach(name -> yaml.problem(node, field,
                "unknown variable " + name + " (known: " + VARIABLES + ")"));
    }

    /**
     * What {@code make} returns, or null when a problem was noted since {@code problemsBefore} (its values may be
     * missing) or when the model refuses the values, which becomes a problem at {@code at}.
     */
    <T> T make(int problemsBefore, Node at, String field, Supplier<T> make) {
        if (yaml.problemCount() > problemsBefore) {
            return null;
        }
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            yaml.problem(at, field, e.getMessage());
            return null;
        }
    }

    /** The entry of {@code key} in the mapping {@code node}, looked up before or beside the checks of its entries. */
    static Optional<NodeTuple> entry(Node node, String key) {
        List<NodeTuple> entries = node instanceof MappingNode mapping ? mapping.getValue() : List.of();
        return entries.stream()
                .filter(entry -> entry.getKeyNode() instanceof ScalarNode name && name.getValue().equals(key))
                .findFirst();
    }
}
