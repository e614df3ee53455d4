package org.scaleplan.incident.runbooks;

import static org.scaleplan.incident.runbooks.RunbookNodes.get;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.scaleplan.config.YamlNodes;
import org.scaleplan.contracts.incident.IncidentSource;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the one runbook of a file (PRODUCT.md §5). Every problem is collected, not only the first, and the runbook
 * is made only from a file without any, so the model's own checks never fail on a value already reported.
 */
final class RunbookParser {

    /** A runbook read from a file, with the line of its id. */
    record Located(Runbook runbook, String file, int line) {
    }

    static final Set<String> RUNBOOK_KEYS = Set.of("id", "trigger", "on-failure", "steps");

    private final String file;
    private final YamlNodes yaml;
    private final RunbookNodes nodes;
    private final StepParser steps;

    RunbookParser(String file) {
        this.file = file;
        this.yaml = new YamlNodes(file);
        this.nodes = new RunbookNodes(yaml);
        this.steps = new StepParser(yaml, nodes);
    }

    /** Every problem found by {@link #parse}, by line. */
    List<String> problems() {
        return yaml.problems();
    }

    /** The runbook of the file's {@code text}, if it has no problem; null text means the file could not be read. */
    Optional<Located> parse(String text) {
        if (text == null) {
            yaml.problem(0, "file", "cannot be read");
            return Optional.empty();
        }
        Optional<Node> root = yaml.compose(text);
        if (root.isEmpty() && yaml.problemCount() == 0) {
            yaml.problem(1, "file", "holds no runbook");
        }
        return root.flatMap(this::runbook);
    }

    private Optional<Located> runbook(Node root) {
        Map<String, Node> f = nodes.mapping(root, "runbook", RUNBOOK_KEYS, List.of("id", "trigger", "steps"));
        String id = get(f, "id", nodes::name);
        Trigger trigger = get(f, "trigger", this::trigger);
        OnFailure onFailure = get(f, "on-failure", this::onFailure, OnFailure.ESCALATE);
        List<Step> steps = get(f, "steps", this::steps);
        return Optional.ofNullable(nodes.make(0, root, "runbook", () -> new Runbook(id, trigger, steps, onFailure)))
                .map(runbook -> new Located(runbook, file, YamlNodes.line(f.get("id"))));
    }

    private Trigger trigger(Node node, String field) {
        int before = yaml.problemCount();
        Map<String, Node> f = nodes.mapping(node, field, Set.of("source", "match"), List.of("source"));
        IncidentSource source = get(f, "source", (n, k) -> nodes.oneOf(n, k, IncidentSource.values()));
        Map<String, String> match = yaml.texts(f.get("match"), "match");
        return nodes.make(before, node, field, () -> new Trigger(source, match));
    }

    private OnFailure onFailure(Node node, String field) {
        OnFailure onFailure = nodes.oneOf(node, field, OnFailure.values());
        if (onFailure == OnFailure.COMPENSATE) {
            yaml.problem(node, field, "compensate belongs on a step, beside the step that compensates it");
        }
        return onFailure;
    }

    private List<Step> steps(Node node, String field) {
        List<Node> list = yaml.list(node, field);
        if (list.isEmpty() && node instanceof SequenceNode) {
            yaml.problem(node, field, "needs at least one step");
        }
        return list.stream().map(steps::read).toList();
    }
}
