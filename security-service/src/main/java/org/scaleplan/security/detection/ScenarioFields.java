package org.scaleplan.security.detection;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.scaleplan.config.YamlNodes;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The fields of one scenario of a file. An absent field reads as null without a problem (whether it is required
 * depends on the scenario's source and kind); a present one that does not fit is a problem on its own line.
 */
final class ScenarioFields {

    private final YamlNodes nodes;
    private final Node scenario;
    private final Map<String, Node> fields;

    ScenarioFields(YamlNodes nodes, Node scenario, Map<String, Node> fields) {
        this.nodes = nodes;
        this.scenario = scenario;
        this.fields = fields;
    }

    boolean has(String key) {
        return fields.containsKey(key);
    }

    @Nullable String text(String key) {
        return has(key) ? nodes.text(fields.get(key), key) : null;
    }

    /** A mapping of texts to texts; empty when absent. */
    Map<String, String> texts(String key) {
        return nodes.texts(fields.get(key), key);
    }

    /**
     * The fields of the mapping at {@code key} (present), e.g. a decision, as fields of their own.
     *
     * @param allowed the keys it may have, the others being problems
     */
    ScenarioFields mapping(String key, Set<String> allowed, List<String> required) {
        Node node = fields.get(key);
        Map<String, Node> entries = nodes.fields(node, key, allowed);
        nodes.required(node, entries, required);
        return new ScenarioFields(nodes, node, entries);
    }

    @Nullable Double number(String key) {
        return has(key) ? nodes.number(fields.get(key), key) : null;
    }

    /** A duration longer than 0s. */
    @Nullable Duration duration(String key) {
        Duration duration = has(key) ? nodes.duration(fields.get(key), key) : null;
        if (duration != null && duration.isZero()) {
            problem(key, "must be longer than 0s");
            return null;
        }
        return duration;
    }

    /** One of {@code values}, as written by {@code yamlName}. */
    <E extends Enum<E>> @Nullable E oneOf(String key, E[] values, Function<E, String> yamlName) {
        if (!has(key)) {
            return null;
        }
        String allowed = Arrays.stream(values).map(yamlName).collect(Collectors.joining(", "));
        return nodes.oneOf(fields.get(key), key,
                text -> Arrays.stream(values).filter(v -> yamlName.apply(v).equals(text)).findFirst(), allowed);
    }

    /** Notes {@code key} as missing, e.g. {@code is required for kind leaky}, on the scenario's first line. */
    void require(String key, String when) {
        if (!has(key)) {
            nodes.problem(scenario, key, "is required for " + when);
        }
    }

    /** Notes {@code key} as out of place when present, e.g. {@code only for kind leaky}. */
    void forbid(String key, String reason) {
        if (has(key)) {
            problem(key, reason);
        }
    }

    /** A problem of {@code key}, on the line of its value (or of the scenario when it is absent). */
    void problem(String key, String reason) {
        problem(key, key, reason);
    }

    /** A problem named {@code field}, e.g. {@code match.status}, on the line of the value of {@code key}. */
    void problem(String key, String field, String reason) {
        nodes.problem(fields.getOrDefault(key, scenario), field, reason);
    }
}
