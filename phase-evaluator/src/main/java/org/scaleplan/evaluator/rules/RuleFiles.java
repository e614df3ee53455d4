package org.scaleplan.evaluator.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.scaleplan.config.ConfigFiles;
import org.scaleplan.config.InvalidConfigException;
import org.scaleplan.evaluator.rules.RuleFileParser.Located;

/**
 * Loads a set of rule files all or nothing: the rules of every file, or, if any file has a problem, none at all and
 * every problem of every file. Alert names must be unique across the whole set, since an alert's fingerprint and
 * state are keyed by its name. So a reload can check the new set first and keep the old rules when it is invalid.
 */
public final class RuleFiles {

    /** The shipped rules for the seed's success metrics, on the classpath. */
    public static final String DEFAULTS = "rules/success-metrics.yml";

    private static final String WHAT = "rule files";

    private RuleFiles() {
    }

    /** The rules of {@code files}, in file order; throws listing every problem if any file is invalid. */
    public static List<AlertRule> load(List<Path> files) {
        return load(ConfigFiles.texts(files));
    }

    /** Every problem of {@code files} as {@code file:line: field: reason}; empty when they can be loaded. */
    public static List<String> check(List<Path> files) {
        return check(ConfigFiles.texts(files));
    }

    /** The rule files of {@code dir}: its {@code *.yml} and {@code *.yaml} files, by name. */
    public static List<Path> in(Path dir) {
        return ConfigFiles.in(dir, WHAT);
    }

    /** Every problem of one file's {@code text}, reported as {@code file:line: field: reason}. */
    public static List<String> check(String file, String text) {
        return check(Map.of(file, text));
    }

    /** The shipped {@link #DEFAULTS}. */
    public static List<AlertRule> defaults() {
        return load(ConfigFiles.classpath(List.of(DEFAULTS)));
    }

    /** The rules of texts keyed by file name, in map order; throws listing every problem if any is invalid. */
    static List<AlertRule> load(Map<String, String> textsByFile) {
        List<String> problems = new ArrayList<>();
        List<AlertRule> rules = read(textsByFile, problems);
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(WHAT, problems);
        }
        return rules;
    }

    static List<String> check(Map<String, String> textsByFile) {
        List<String> problems = new ArrayList<>();
        read(textsByFile, problems);
        return List.copyOf(problems);
    }

    private static List<AlertRule> read(Map<String, String> textsByFile, List<String> problems) {
        List<Located> located = new ArrayList<>();
        textsByFile.forEach((file, text) -> {
            RuleFileParser parser = new RuleFileParser(file);
            located.addAll(parser.parse(text));
            problems.addAll(parser.problems());
        });
        requireUniqueNames(located, problems);
        return located.stream().map(Located::rule).toList();
    }

    private static void requireUniqueNames(List<Located> located, List<String> problems) {
        Map<String, Located> first = new HashMap<>();
        for (Located rule : located) {
            Located earlier = first.putIfAbsent(rule.rule().name(), rule);
            if (earlier != null) {
                problems.add(rule.file() + ":" + rule.line() + ": alert: duplicate name " + rule.rule().name()
                        + " (first at " + earlier.file() + ":" + earlier.line() + ")");
            }
        }
    }
}
