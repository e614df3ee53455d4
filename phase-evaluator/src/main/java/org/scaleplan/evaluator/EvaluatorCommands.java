package org.scaleplan.evaluator;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.common.KafkaException;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.contracts.EventTypes;
import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.evaluator.evaluation.Evaluation;
import org.scaleplan.evaluator.evaluation.RuleSet;
import org.scaleplan.evaluator.replay.Admission;
import org.scaleplan.evaluator.replay.DecisionLines;
import org.scaleplan.evaluator.replay.Range;
import org.scaleplan.evaluator.replay.Replay;
import org.scaleplan.config.InvalidConfigException;
import org.scaleplan.evaluator.rules.RuleFiles;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The evaluator's commands, run from its jar instead of the service:
 * <ul>
 * <li>{@code check FILE|DIR...}: checks rule files (a directory: its {@code *.yml} and {@code *.yaml}); prints
 * every problem as {@code file:line: field: reason} and exits 1 if there is any.</li>
 * <li>{@code replay --from=T --to=T [--system=S] [--bootstrap-servers=H:P] [--format=text|json]
 * [--scaleplan.evaluator.*=...]}: prints the decisions the evaluator would have made on the samples of
 * {@code [from, to)} with the given phase and rule settings (the service's own properties), publishing nothing.
 * Where ingest runs with another {@code scaleplan.ingest.max-age} or {@code max-future}, give it the same, so the
 * replay knows how late a sample of the range may have arrived.</li>
 * </ul>
 * Results go to standard output, progress and the summary to standard error, so the output can be piped.
 */
final class EvaluatorCommands {

    static final Set<String> NAMES = Set.of("check", "replay");
    private static final String USAGE = """
            usage: phase-evaluator check FILE|DIR...
                   phase-evaluator replay --from=2026-11-27T10:00:00Z --to=2026-11-27T11:00:00Z [--system=SYSTEM]
                          [--bootstrap-servers=localhost:9092] [--format=text|json]
                          [--scaleplan.evaluator.phase.thresholds=1000,5000,20000]
                          [--scaleplan.evaluator.phase.stabilization-window=5m] [--scaleplan.evaluator.rules.dir=DIR]
                          [--scaleplan.ingest.max-age=24h] [--scaleplan.ingest.max-future=10m]""";

    private final PrintStream out;
    private final PrintStream err;

    EvaluatorCommands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs the command named by {@code args[0]}; answers the process exit status. */
    int run(String... args) {
        if (args.length == 0) {
            return usage("no command given");
        }
        List<String> rest = List.of(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "check" -> check(rest);
                case "replay" -> replay(options(rest));
                default -> usage("unknown command " + args[0]);
            };
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        } catch (BindException e) {
            return usage(bindProblem(e));
        }
    }

    private int check(List<String> paths) {
        if (paths.isEmpty()) {
            return usage("check needs at least one rule file or directory");
        }
        List<Path> files = new ArrayList<>();
        try {
            for (String path : paths) {
                Path given = Path.of(path);
                files.addAll(Files.isDirectory(given) ? RuleFiles.in(given) : List.of(given));
            }
        } catch (InvalidConfigException e) {
            e.problems().forEach(out::println);
            return 1;
        }
        List<String> problems = RuleFiles.check(files);
        if (!problems.isEmpty()) {
            problems.forEach(out::println);
            err.println(problems.size() + " problem(s) in " + files.size() + " file(s)");
            return 1;
        }
        out.println(RuleFiles.load(files).size() + " rules in " + files.size() + " file(s): valid");
        return 0;
    }

    private int replay(Map<String, String> options) {
        Range range = new Range(instant(options, "from"), instant(options, "to"), options.get("system"));
        String format = options.getOrDefault("format", "text");
        if (!format.equals("text") && !format.equals("json")) {
            throw new IllegalArgumentException("--format must be text or json, was " + format);
        }
        Binder binder = new Binder(new MapConfigurationPropertySource(options));
        EvaluatorProperties properties = binder.bindOrCreate("scaleplan.evaluator",
                Bindable.of(EvaluatorProperties.class));
        Admission admission = new Admission(
                binder.bind("scaleplan.ingest.max-future", Duration.class).orElse(Admission.INGEST_DEFAULTS.maxFuture()),
                binder.bind("scaleplan.ingest.max-age", Duration.class).orElse(Admission.INGEST_DEFAULTS.maxAge()));
        RuleSet rules;
        try {
            rules = AlertRules.load(properties.rules().dir());
        } catch (InvalidConfigException e) {
            e.problems().forEach(err::println);
            return 1;
        }
        err.println("replaying " + range.from() + " to " + range.to()
                + (range.system() == null ? "" : " of " + range.system()) + " with " + rules.rules().size()
                + " rules from " + rules.source() + "; publishing nothing");
        String bootstrapServers = options.getOrDefault("bootstrap-servers", "localhost:9092");
        Replay replay = new Replay(bootstrapServers, admission, properties.sweepInterval(), err::println);
        Evaluation evaluation = new Evaluation(properties.plan(), properties.forecast().window(),
                properties.limits(), () -> rules);
        Replay.Summary summary;
        try {
            summary = replay.run(range, evaluation,
                    decision -> out.println(format.equals("json") ? json(decision) : DecisionLines.line(decision)));
        } catch (KafkaException | IllegalStateException e) {
            err.println("replay failed against Kafka at " + bootstrapServers + ": " + e.getMessage());
            return 1;
        }
        err.println("read " + summary.read() + " records, evaluated " + summary.evaluated() + " samples in range ("
                + summary.unreadable() + " unreadable), " + summary.decisions() + " decisions");
        if (summary.truncated() > 0) {
            err.println("incomplete: retention deleted records of the range on " + summary.truncated() + " partition(s);"
                    + " to backtest further back, raise retention.ms of the metrics topic (docs/evaluator.md)");
        }
        return 0;
    }

    /** The decision as one JSON line, its type first, as it would have been published. */
    private static String json(SystemEvent decision) {
        return "{\"type\":\"" + EventTypes.of(decision.getClass()).type() + "\",\"event\":"
                + new String(EventJson.write(decision), StandardCharsets.UTF_8) + "}";
    }

    /** {@code --name=value} pairs, in order; anything else is an error naming it. */
    private static Map<String, String> options(List<String> args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 3) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            options.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        return options;
    }

    private static Instant instant(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required (an ISO-8601 instant, e.g. "
                    + "2026-11-27T10:00:00Z)");
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--" + name + " must be an ISO-8601 instant such as "
                    + "2026-11-27T10:00:00Z, was " + value);
        }
    }

    /** Which setting could not be read, as given, and why (the innermost cause says it best). */
    private static String bindProblem(BindException e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        String setting = e.getProperty() == null ? e.getName().toString()
                : "--" + e.getProperty().getName() + "=" + e.getProperty().getValue();
        return setting + " is not valid: " + cause.getMessage();
    }

    private int usage(String problem) {
        err.println(problem);
        err.println(USAGE);
        return 2;
    }
}
