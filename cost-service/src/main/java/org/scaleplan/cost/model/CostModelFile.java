package org.scaleplan.cost.model;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.scaleplan.config.ConfigFiles;
import org.scaleplan.config.InvalidConfigException;
import org.scaleplan.config.YamlNodes;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Reads a cost model file, all or nothing: the model, or every problem as {@code file:line: field: reason}.
 * See {@code cost/cost-model.yml} (the shipped model) for the shape.
 */
public final class CostModelFile {

    /** The shipped model, on the classpath. */
    public static final String DEFAULT = "cost/cost-model.yml";

    /** The keys of a resource, and those required. */
    static final List<String> RESOURCE_KEYS = List.of("metric", "category", "usd-per-unit-hour", "utilization-metric");
    static final List<String> RESOURCE_REQUIRED = List.of("metric", "category", "usd-per-unit-hour");

    private static final String WHAT = "cost model";

    private CostModelFile() {
    }

    /** The model of {@code file}, or the shipped one when null; throws naming every problem. */
    public static CostModel load(@Nullable Path file) {
        Map<String, String> text = file == null ? ConfigFiles.classpath(List.of(DEFAULT))
                : ConfigFiles.texts(List.of(file));
        Map.Entry<String, String> only = text.entrySet().iterator().next();
        return parse(only.getKey(), only.getValue());
    }

    static CostModel parse(String file, @Nullable String text) {
        YamlNodes nodes = new YamlNodes(file);
        if (text == null) {
            nodes.problem(0, "file", "cannot be read");
            throw new InvalidConfigException(WHAT, nodes.problems());
        }
        Map<String, Node> root = nodes.compose(text)
                .map(node -> nodes.fields(node, "file", Set.of("resources", "phases")))
                .orElse(Map.of());
        List<CostModel.ResourcePrice> resources = new ArrayList<>();
        if (root.get("resources") != null) {
            for (Node resource : nodes.list(root.get("resources"), "resources")) {
                Map<String, Node> f = nodes.fields(resource, "resources", Set.copyOf(RESOURCE_KEYS));
                nodes.required(resource, f, RESOURCE_REQUIRED);
                String metric = f.containsKey("metric") ? nodes.text(f.get("metric"), "metric") : null;
                String category = f.containsKey("category") ? nodes.text(f.get("category"), "category") : null;
                Double price = f.containsKey("usd-per-unit-hour")
                        ? nodes.number(f.get("usd-per-unit-hour"), "usd-per-unit-hour") : null;
                if (metric != null && category != null && price != null) {
                    if (price < 0) {
                        nodes.problem(f.get("usd-per-unit-hour"), "usd-per-unit-hour", "must not be negative");
                    } else {
                        resources.add(new CostModel.ResourcePrice(metric, category, price,
                                f.containsKey("utilization-metric")
                                        ? nodes.text(f.get("utilization-metric"), "utilization-metric") : null));
                    }
                }
            }
        }
        Map<Integer, Map<String, BigDecimal>> phases = phases(nodes, root.get("phases"));
        if (!nodes.problems().isEmpty()) {
            throw new InvalidConfigException(WHAT, nodes.problems());
        }
        return new CostModel(resources, phases);
    }

    private static Map<Integer, Map<String, BigDecimal>> phases(YamlNodes nodes, @Nullable Node node) {
        Map<Integer, Map<String, BigDecimal>> phases = new LinkedHashMap<>();
        if (node == null) {
            return phases;
        }
        Map<String, Node> byPhase = nodes.fields(node, "phases", Set.of("1", "2", "3", "4"));
        byPhase.forEach((phase, items) -> {
            Map<String, BigDecimal> costs = new LinkedHashMap<>();
            List<NodeTuple> entries = items instanceof MappingNode mapping ? mapping.getValue() : List.of();
            if (!(items instanceof MappingNode)) {
                nodes.problem(items, "phases." + phase, "must map each piece of infrastructure to its monthly USD");
            }
            for (NodeTuple entry : entries) {
                String name = nodes.text(entry.getKeyNode(), "phases." + phase);
                Double usd = nodes.number(entry.getValueNode(), "phases." + phase + "." + name);
                if (name != null && usd != null) {
                    costs.put(name, BigDecimal.valueOf(usd));
                }
            }
            phases.put(Integer.parseInt(phase), costs);
        });
        return phases;
    }
}
