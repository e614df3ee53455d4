package org.scaleplan.evaluator.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.scaleplan.evaluator.rules.RuleFileParser.Located;

/**
 * Loads a set of rule files all or nothing: the rules of every file, or, if any file has a problem, none at all and
 * every problem of every file. Alert names must be unique across the whole set, since an alert's fingerprint and
 * state are keyed by its name. So a reload can check the new set first and keep the old rules when it is invalid.
 */
public final class RuleFiles {

    /** The shipped rules for the seed's success metrics, on the classpath. */
    public static final String DEFAULTS = "rules/success-metrics.yml";

    private RuleFiles() {
    }

    /** The rules of {@code files}, in file order; throws listing every problem if any file is invalid. */
    public static List<AlertRule> load(List<Path> files) {
        return load(texts(files));
    }

    /** Every problem of {@code files} as {@code file:line: field: reason}; empty when they can be loaded. */
    public static List<String> check(List<Path> files) {
        return check(texts(files));
    }

    /**
     * The rule files of {@code dir}: its {@code *.yml} and {@code *.yaml} files, by name, so the load order (and so
     * which of two duplicate names is reported) never depends on the file system.
     */
    public static List<Path> in(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidRulesException(List.of(dir + ": not a directory"));
        }
        try (Stream<Path> entries = Files.list(dir)) {
            List<Path> files = entries
                    .filter(f -> f.getFileName().toString().matches(".*\\.ya?ml"))
                    .sorted()
                    .toList();
            if (files.isEmpty()) {
                throw new InvalidRulesException(List.of(dir + ": no *.yml or *.yaml rule files"));
            }
            return files;
        } catch (IOException e) {
            throw new InvalidRulesException(List.of(dir + ": " + e.getMessage()));
        }
    }

    /** Every problem of one file's {@code text}, reported as {@code file:line: field: reason}. */
    public static List<String> check(String file, String text) {
        return check(Map.of(file, text));
    }

    /** The shipped {@link #DEFAULTS}. */
    public static List<AlertRule> defaults() {
        try (InputStream in = RuleFiles.class.getClassLoader().getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULTS + " is missing from the classpath");
            }
            return load(Map.of(DEFAULTS, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rules of texts keyed by file name, in map order; throws listing every problem if any is invalid. */
    static List<AlertRule> load(Map<String, String> textsByFile) {
        List<String> problems = new ArrayList<>();
        List<AlertRule> rules = read(textsByFile, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRulesException(problems);
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

    /** A file that cannot be read counts as a problem of the set, reported at its line 0. */
    private static Map<String, String> texts(List<Path> files) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Path file : files) {
            try {
                texts.put(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                texts.put(file.toString(), null);
            }
        }
        return texts;
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
