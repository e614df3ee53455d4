package org.scaleplan.security.posture;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.scaleplan.config.ConfigFiles;
import org.scaleplan.config.InvalidConfigException;
import org.scaleplan.config.YamlNodes;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a posture file, all or nothing: the plan, or every problem as {@code file:line: field: reason}. See
 * {@code security/posture.yml} (the shipped plan) for the shape.
 */
public final class PostureFile {

    /** The shipped plan, on the classpath. */
    public static final String DEFAULT = "security/posture.yml";

    static final List<String> PHASES = List.of("1", "2", "3", "4");
    static final List<String> PHASE_KEYS = List.of("posture", "controls");
    /** The postures of seed §1, from phase 1 to 4. */
    static final List<String> POSTURES = List.of("standard", "advanced", "comprehensive", "enterprise");

    private static final String WHAT = "security posture";

    private PostureFile() {
    }

    /** The plan of {@code file}, or the shipped one when null; throws naming every problem. */
    public static PosturePlan load(@Nullable Path file) {
        Map<String, String> text = file == null ? ConfigFiles.classpath(List.of(DEFAULT))
                : ConfigFiles.texts(List.of(file));
        Map.Entry<String, String> only = text.entrySet().iterator().next();
        return parse(only.getKey(), only.getValue());
    }

    static PosturePlan parse(String file, @Nullable String text) {
        YamlNodes nodes = new YamlNodes(file);
        if (text == null) {
            nodes.problem(0, "file", "cannot be read");
            throw new InvalidConfigException(WHAT, nodes.problems());
        }
        Optional<Node> root = nodes.compose(text);
        Map<Integer, Posture> phases = new TreeMap<>();
        root.ifPresent(node -> phases(nodes, node, phases));
        if (root.isEmpty() && nodes.problemCount() == 0) {
            nodes.problem(1, "phases", "is required");
        }
        if (nodes.problemCount() > 0) {
            throw new InvalidConfigException(WHAT, nodes.problems());
        }
        return new PosturePlan(phases);
    }

    private static void phases(YamlNodes nodes, Node root, Map<Integer, Posture> phases) {
        Map<String, Node> fields = nodes.fields(root, "file", Set.of("phases"));
        nodes.required(root, fields, List.of("phases"));
        if (fields.containsKey("phases")) {
            Node node = fields.get("phases");
            Map<String, Node> byPhase = nodes.fields(node, "phases", Set.copyOf(PHASES));
            if (node instanceof MappingNode) {
                PHASES.stream().filter(phase -> !byPhase.containsKey(phase)).forEach(phase ->
                        nodes.problem(node, "phases." + phase, "is required: a system may reach every phase"));
            }
            byPhase.forEach((phase, posture) -> posture(nodes, Integer.parseInt(phase), posture)
                    .ifPresent(read -> phases.put(read.phase(), read)));
        }
    }

    private static Optional<Posture> posture(YamlNodes nodes, int phase, Node node) {
        String field = "phases." + phase;
        Map<String, Node> fields = nodes.fields(node, field, Set.copyOf(PHASE_KEYS));
        nodes.required(node, fields, PHASE_KEYS);
        String name = fields.containsKey("posture")
                ? nodes.oneOf(fields.get("posture"), field + ".posture", PostureFile::posture, POSTURES.toString())
                : null;
        Map<String, String> controls = fields.containsKey("controls")
                ? controls(nodes, fields.get("controls"), field + ".controls") : null;
        return name == null || controls == null ? Optional.empty() : Optional.of(new Posture(phase, name, controls));
    }

    /** The canonical text of every control; null when one is missing or wrong (the problems noted). */
    private static @Nullable Map<String, String> controls(YamlNodes nodes, Node node, String field) {
        int problemsBefore = nodes.problemCount();
        Map<String, Node> fields = nodes.fields(node, field, Set.copyOf(Control.keys()));
        nodes.required(node, fields, Control.keys());
        Map<String, String> controls = new LinkedHashMap<>();
        for (Control control : Control.values()) {
            Node value = fields.get(control.key());
            if (value != null) {
                controls.put(control.key(), ControlText.read(control, nodes, value, field + "." + control.key()));
            }
        }
        return nodes.problemCount() > problemsBefore ? null : controls;
    }

    private static Optional<String> posture(String name) {
        return POSTURES.contains(name) ? Optional.of(name) : Optional.empty();
    }
}
