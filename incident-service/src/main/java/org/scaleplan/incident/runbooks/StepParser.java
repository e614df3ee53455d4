package org.scaleplan.incident.runbooks;

import static org.scaleplan.incident.runbooks.RunbookNodes.get;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.scaleplan.config.YamlNodes;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the steps of one runbook: what every step has (id, type, timeout, retry, on-failure, compensate), and its
 * action through {@link ActionParser}. Step ids are unique within the runbook, compensating steps included, since a
 * step's id keys its effects ({@code Idempotency-Key: <incidentId>:<stepId>}).
 */
final class StepParser {

    static final Set<String> STEP_KEYS = Set.of("id", "type", "timeout", "retry", "on-failure", "compensate");
    private static final Set<String> ALL_ACTION_KEYS = ActionParser.KEYS.values().stream()
            .flatMap(Set::stream).collect(Collectors.toSet());
    private static final Duration BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(1);

    private final YamlNodes yaml;
    private final RunbookNodes nodes;
    private final ActionParser actions;
    private final Map<String, Integer> idLines = new HashMap<>();

    StepParser(YamlNodes yaml, RunbookNodes nodes) {
        this.yaml = yaml;
        this.nodes = nodes;
        this.actions = new ActionParser(yaml, nodes);
    }

    /** A step of the runbook; null when it has a problem. */
    Step read(Node node) {
        return step(node, "step", true);
    }

    /** {@code compensable}: whether the step may name a step that compensates it (a compensating step may not). */
    private Step step(Node node, String field, boolean compensable) {
        int before = yaml.problemCount();
        StepType type = RunbookNodes.entry(node, "type")
                .map(entry -> nodes.oneOf(entry.getValueNode(), "type", StepType.values())).orElse(null);
        Map<String, Node> f = nodes.mapping(node, field, keys(type), List.of("id", "type"));
        String id = get(f, "id", this::id);
        Supplier<Action> action = type == null ? null : actions.read(type, node, f);
        Duration timeout = get(f, "timeout", this::positive, defaultTimeout(type));
        Retry retry = get(f, "retry", this::retry, Retry.NONE);
        OnFailure onFailure = get(f, "on-failure", (n, k) -> nodes.oneOf(n, k, OnFailure.values()));
        Step compensate = compensable ? get(f, "compensate", (n, k) -> step(n, k, false)) : null;
        compensation(node, f, onFailure, compensable);
        return nodes.make(before, node, field, () -> new Step(id, action.get(), timeout, retry, onFailure, compensate));
    }

    /** The keys of a step of {@code type}; of any type when it is not known, so that only the type is reported. */
    private static Set<String> keys(StepType type) {
        Set<String> keys = new HashSet<>(STEP_KEYS);
        keys.addAll(type == null ? ALL_ACTION_KEYS : ActionParser.KEYS.get(type));
        return keys;
    }

    private String id(Node node, String field) {
        String id = nodes.name(node, field);
        Integer first = id == null ? null : idLines.putIfAbsent(id, YamlNodes.line(node));
        if (first != null) {
            yaml.problem(node, field, "duplicate step id " + id + " (first at line " + first + ")");
        }
        return id;
    }

    /** Approval and await-metric steps wait for a person or a metric, so their one attempt may take longer. */
    private static Duration defaultTimeout(StepType type) {
        if (type == StepType.APPROVAL) {
            return Duration.ofHours(1);
        }
        return type == StepType.AWAIT_METRIC ? Duration.ofMinutes(15) : Duration.ofSeconds(30);
    }

    private Duration positive(Node node, String field) {
        Duration duration = yaml.duration(node, field);
        if (duration != null && duration.isZero()) {
            yaml.problem(node, field, "must be longer than 0s");
        }
        return duration;
    }

    private Retry retry(Node node, String field) {
        int before = yaml.problemCount();
        Map<String, Node> f = nodes.mapping(node, field, Set.of("max-attempts", "backoff", "max-backoff"), List.of());
        Integer maxAttempts = get(f, "max-attempts", nodes::integer, 1);
        Duration backoff = get(f, "backoff", yaml::duration, BACKOFF);
        // A backoff above the default cap raises the cap, rather than failing a file that never set one.
        Duration maxBackoff = get(f, "max-backoff", yaml::duration,
                backoff != null && backoff.compareTo(MAX_BACKOFF) > 0 ? backoff : MAX_BACKOFF);
        return nodes.make(before, node, field, () -> new Retry(maxAttempts, backoff, maxBackoff));
    }

    /**
     * {@code on-failure: compensate} and a {@code compensate} step go together, and only on a runbook's steps.
     * Problems are reported at the keys, as a compensate step's own lines start below its key.
     */
    private void compensation(Node step, Map<String, Node> f, OnFailure onFailure, boolean compensable) {
        if (!compensable) {
            for (String key : List.of("compensate", "on-failure")) {
                RunbookNodes.entry(step, key).ifPresent(entry -> yaml.problem(entry.getKeyNode(), key,
                        "not allowed on a compensating step: the run escalates after it either way"));
            }
        } else if (onFailure == OnFailure.COMPENSATE && !f.containsKey("compensate")) {
            yaml.problem(f.get("on-failure"), "on-failure", "compensate needs a compensate step");
        } else if (f.containsKey("compensate") && onFailure != OnFailure.COMPENSATE) {
            RunbookNodes.entry(step, "compensate").ifPresent(entry -> yaml.problem(entry.getKeyNode(), "compensate",
                    "needs on-failure: compensate"));
        }
    }
}
