package org.scaleplan.security.detection;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.scaleplan.config.ConfigFiles;
import org.scaleplan.config.InvalidConfigException;
import org.scaleplan.security.detection.ScenarioFileParser.Located;

/**
 * Loads a set of scenario files all or nothing: the scenarios of every file, or, if any file has a problem, none at
 * all and every problem of every file. Scenario ids must be unique across the whole set, since buckets are keyed by
 * them. So a reload can check the new set first and keep the old scenarios when it is invalid.
 */
public final class ScenarioFiles {

    /** The shipped scenarios, on the classpath. */
    public static final String SHIPPED = "security/scenarios.yml";

    private static final String WHAT = "scenario files";

    private ScenarioFiles() {
    }

    /** The scenarios of {@code files}, in file order; throws listing every problem if any file is invalid. */
    public static List<Scenario> load(List<Path> files) {
        return load(ConfigFiles.texts(files));
    }

    /** The shipped {@link #SHIPPED} scenarios. */
    public static List<Scenario> shipped() {
        return load(ConfigFiles.classpath(List.of(SHIPPED)));
    }

    /** The scenario files of {@code dir}: its {@code *.yml} and {@code *.yaml} files, by name. */
    public static List<Path> in(Path dir) {
        return ConfigFiles.in(dir, WHAT);
    }

    /** Every problem of {@code files} as {@code file:line: field: reason}; empty when they can be loaded. */
    public static List<String> check(List<Path> files) {
        return check(ConfigFiles.texts(files));
    }

    /** The scenarios of texts keyed by file name, in map order; throws listing every problem if any is invalid. */
    static List<Scenario> load(Map<String, String> textsByFile) {
        List<String> problems = new ArrayList<>();
        List<Scenario> scenarios = read(textsByFile, problems);
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(WHAT, problems);
        }
        return scenarios;
    }

    static List<String> check(Map<String, String> textsByFile) {
        List<String> problems = new ArrayList<>();
        read(textsByFile, problems);
        return List.copyOf(problems);
    }

    private static List<Scenario> read(Map<String, String> textsByFile, List<String> problems) {
        List<Located> located = new ArrayList<>();
        textsByFile.forEach((file, text) -> {
            ScenarioFileParser parser = new ScenarioFileParser(file);
            located.addAll(parser.parse(text));
            problems.addAll(parser.problems());
        });
        requireUniqueIds(located, problems);
        return located.stream().map(Located::scenario).toList();
    }

    private static void requireUniqueIds(List<Located> located, List<String> problems) {
        Map<String, Located> first = new HashMap<>();
        for (Located scenario : located) {
            Located earlier = first.putIfAbsent(scenario.scenario().id(), scenario);
            if (earlier != null) {
                problems.add(scenario.file() + ":" + scenario.line() + ": id: duplicate id " + scenario.scenario().id()
                        + " (first at " + earlier.file() + ":" + earlier.line() + ")");
            }
        }
    }
}
