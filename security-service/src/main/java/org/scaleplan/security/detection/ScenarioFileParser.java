package org.scaleplan.security.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.scaleplan.config.YamlNodes;
import org.scaleplan.security.detection.Scenario.Kind;
import org.scaleplan.security.detection.Scenario.Mode;
import org.scaleplan.security.detection.Scenario.Source;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the scenarios of one file: {@code scenarios}, a list. Every problem is collected, not only the first; a
 * scenario with a problem is left out. Which fields a scenario needs depends on its source and kind, see
 * {@code security/scenarios.yml} (the shipped scenarios) for the shape.
 */
final class ScenarioFileParser {

    /** A scenario read from a file, with the line it starts on. */
    record Located(Scenario scenario, String file, int line) {
    }

    static final Set<String> SCENARIO_KEYS = Set.of("id", "description", "source", "metric", "match", "group-by",
            "scope", "kind", "capacity", "leak", "distinct", "window", "factor", "min-rate", "warmup", "mode",
            "severity", "decision");
    static final List<String> REQUIRED = List.of("id", "source", "kind", "mode", "severity");

    private static final Pattern ID = Pattern.compile("[a-z0-9-]+");

    private final String file;
    private final YamlNodes nodes;

    ScenarioFileParser(String file) {
        this.file = file;
        this.nodes = new YamlNodes(file);
    }

    /** Every problem found by {@link #parse}, by line. */
    List<String> problems() {
        return nodes.problems();
    }

    /** The valid scenarios of the file's {@code text}; null text means the file could not be read. */
    List<Located> parse(@Nullable String text) {
        if (text == null) {
            nodes.problem(0, "file", "cannot be read");
            return List.of();
        }
        Node list = nodes.compose(text).map(root -> nodes.fields(root, "file", Set.of("scenarios")).get("scenarios"))
                .orElse(null);
        List<Located> scenarios = new ArrayList<>();
        if (list != null) {
            nodes.list(list, "scenarios").forEach(node -> scenario(node).ifPresent(scenarios::add));
        }
        return scenarios;
    }

    private Optional<Located> scenario(Node node) {
        int problemsBefore = nodes.problemCount();
        Map<String, Node> fields = nodes.fields(node, "scenario", SCENARIO_KEYS);
        nodes.required(node, fields, REQUIRED);
        ScenarioFields f = new ScenarioFields(nodes, node, fields);
        String id = id(f);
        Source source = f.oneOf("source", Source.values(), ScenarioFileParser::lowercase);
        Kind kind = f.oneOf("kind", Kind.values(), ScenarioFileParser::lowercase);
        Mode mode = f.oneOf("mode", Mode.values(), ScenarioFileParser::lowercase);
        String severity = f.text("severity");
        String description = f.has("description") ? f.text("description") : "";
        ScenarioInputs in = ScenarioInputs.read(f, source, kind);
        ScenarioTrigger on = ScenarioTrigger.read(f, source, kind);
        if (nodes.problemCount() > problemsBefore) {
            return Optional.empty();
        }
        return Optional.of(new Located(new Scenario(id, description, source, in.metric(), in.match(), in.groupBy(),
                in.scope(), mode, severity, on.bucket(), on.surge(), on.decision()), file, YamlNodes.line(node)));
    }

    private static String lowercase(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static @Nullable String id(ScenarioFields f) {
        String id = f.text("id");
        if (id != null && !ID.matcher(id).matches()) {
            f.problem("id", "must be lowercase letters, digits and dashes, was " + id);
            return null;
        }
        return id;
    }
}
