package org.scaleplan.incident.runbooks;

import static org.scaleplan.incident.runbooks.RunbookNodes.get;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.scaleplan.config.Comparison;
import org.scaleplan.config.YamlNodes;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads what a step does from the keys of its type. Each reader checks its values and answers how to make the
 * {@link Action}, which the step calls only when the whole step is free of problems.
 */
final class ActionParser {

    /** The keys of each type of step, besides those every step has. */
    static final Map<StepType, Set<String>> KEYS = Map.of(
            StepType.HTTP, Set.of("request"),
            StepType.NOTIFY, Set.of("format", "url", "text"),
            StepType.SCALE, Set.of("kubernetes", "http", "replicas", "add"),
            StepType.AWAIT_METRIC, Set.of("metric", "match", "condition", "for"),
            StepType.APPROVAL, Set.of("prompt"),
            StepType.PUBLISH, Set.of("action", "parameters"),
            StepType.WAIT, Set.of("duration"));
    private static final Set<String> REQUEST_KEYS = Set.of("method", "url", "headers", "body");
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final Pattern CONDITION =
            Pattern.compile("([<>=!]+)\\s*([-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?)");
    private static final String COMPARISONS = Arrays.stream(Comparison.values()).map(Comparison::symbol)
            .collect(Collectors.joining(" "));

    private record Condition(Comparison op, double threshold) {
    }

    private final YamlNodes yaml;
    private final RunbookNodes nodes;

    ActionParser(YamlNodes yaml, RunbookNodes nodes) {
        this.yaml = yaml;
        this.nodes = nodes;
    }

    /** Reads the action of a step of {@code type} from its {@code fields}. */
    Supplier<Action> read(StepType type, Node step, Map<String, Node> fields) {
        return switch (type) {
            case HTTP -> http(step, fields);
            case NOTIFY -> notify(step, fields);
            case SCALE -> scale(step, fields);
            case AWAIT_METRIC -> awaitMetric(step, fields);
            case APPROVAL -> approval(fields);
            case PUBLISH -> publish(step, fields);
            case WAIT -> waitFor(step, fields);
        };
    }

    private Supplier<Action> http(Node step, Map<String, Node> f) {
        yaml.required(step, f, List.of("request"));
        Map<String, Node> r = nodes.mapping(f.get("request"), "request", REQUEST_KEYS, List.of("url"));
        String method = get(r, "method", (n, k) -> yaml.oneOf(n, k,
                m -> Optional.of(m).filter(METHODS::contains), String.join(", ", METHODS)), "POST");
        String url = get(r, "url", nodes::url);
        Map<String, String> headers = nodes.templates(r.get("headers"), "headers");
        String body = get(r, "body", nodes::template);
        return () -> new Action.Http(method, url, headers, body);
    }

    private Supplier<Action> notify(Node step, Map<String, Node> f) {
        yaml.required(step, f, List.of("url", "text"));
        Action.NotifyFormat format = get(f, "format", (n, k) -> nodes.oneOf(n, k, Action.NotifyFormat.values()),
                Action.NotifyFormat.SLACK);
        String url = get(f, "url", nodes::url);
        String text = get(f, "text", nodes::template);
        return () -> new Action.Notify(format, url, text);
    }

    private Supplier<Action> scale(Node step, Map<String, Node> f) {
        exactlyOne(step, f, "kubernetes", "http");
        exactlyOne(step, f, "replicas", "add");
        Supplier<Action.ScaleTarget> target = f.containsKey("kubernetes") ? kubernetes(f.get("kubernetes"))
                : scaler(f.get("http"));
        Integer replicas = get(f, "replicas", nodes::integer);
        Integer add = get(f, "add", nodes::integer);
        return () -> new Action.Scale(target.get(), replicas, add);
    }

    private void exactlyOne(Node step, Map<String, Node> f, String one, String other) {
        if (f.containsKey(one) == f.containsKey(other)) {
            yaml.problem(step, "scale", "needs exactly one of " + one + " and " + other);
        }
    }

    private Supplier<Action.ScaleTarget> kubernetes(Node node) {
        List<String> keys = List.of("namespace", "kind", "name");
        Map<String, Node> k = nodes.mapping(node, "kubernetes", Set.copyOf(keys), keys);
        String namespace = get(k, "namespace", yaml::text);
        Action.WorkloadKind kind = get(k, "kind", (n, key) -> nodes.oneOf(n, key, Action.WorkloadKind.values()));
        String name = get(k, "name", yaml::text);
        return () -> new Action.Kubernetes(namespace, kind, name);
    }

    private Supplier<Action.ScaleTarget> scaler(Node node) {
        Map<String, Node> h = nodes.mapping(node, "http", Set.of("url"), List.of("url"));
        String url = get(h, "url", nodes::url);
        return () -> new Action.HttpScaler(url);
    }

    private Supplier<Action> awaitMetric(Node step, Map<String, Node> f) {
        yaml.required(step, f, List.of("metric", "condition"));
        String metric = get(f, "metric", yaml::text);
        Map<String, String> match = yaml.texts(f.get("match"), "match");
        Condition condition = get(f, "condition", this::condition);
        Duration holdFor = get(f, "for", yaml::duration, Duration.ZERO);
        return () -> new Action.AwaitMetric(metric, match, condition.op(), condition.threshold(), holdFor);
    }

    private Condition condition(Node node, String field) {
        String text = yaml.text(node, field);
        Matcher m = CONDITION.matcher(text == null ? "" : text.strip());
        Optional<Comparison> op = m.matches() ? Comparison.of(m.group(1)) : Optional.empty();
        if (text != null && op.isEmpty()) {
            yaml.problem(node, field, "must be one of " + COMPARISONS + " and a number, like \"< 0.01\", was " + text);
        }
        return op.map(o -> new Condition(o, Double.parseDouble(m.group(2)))).orElse(null);
    }

    private Supplier<Action> approval(Map<String, Node> f) {
        String prompt = get(f, "prompt", nodes::template);
        return () -> new Action.Approval(prompt);
    }

    private Supplier<Action> publish(Node step, Map<String, Node> f) {
        yaml.required(step, f, List.of("action"));
        String action = get(f, "action", yaml::text);
        Map<String, String> parameters = nodes.templates(f.get("parameters"), "parameters");
        return () -> new Action.Publish(action, parameters);
    }

    private Supplier<Action> waitFor(Node step, Map<String, Node> f) {
        yaml.required(step, f, List.of("duration"));
        Duration duration = get(f, "duration", yaml::duration);
        return () -> new Action.Wait(duration);
    }
}
