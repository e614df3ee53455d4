package org.scaleplan.incident.runbooks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.scaleplan.config.ConfigFiles;
import org.scaleplan.config.InvalidConfigException;
import org.scaleplan.incident.runbooks.RunbookParser.Located;

/**
 * Loads a set of runbook files, one runbook each, all or nothing: every runbook, or, if any file has a problem, none
 * at all and every problem of every file. Runbook ids must be unique across the set, since a run and its steps' effects
 * are keyed by them. So a reload can check the new set first and keep the old runbooks when it is invalid.
 */
public final class RunbookFiles {

    /**
     * The shipped runbooks (PRODUCT.md §5), on the classpath: the seed's emergency procedures and one per phase
     * entry. Named one by one, since a directory inside a jar cannot be listed reliably.
     */
    public static final List<String> DEFAULTS = List.of("runbooks/system-failure.yml",
            "runbooks/security-incident.yml", "runbooks/performance-issue.yml", "runbooks/phase-1-initial.yml",
            "runbooks/phase-2-growth.yml", "runbooks/phase-3-expansion.yml", "runbooks/phase-4-enterprise.yml");

    private static final String WHAT = "runbook files";

    private RunbookFiles() {
    }

    /** The runbooks of {@code files}, in file order; throws listing every problem if any file is invalid. */
    public static List<Runbook> load(List<Path> files) {
        return load(ConfigFiles.texts(files));
    }

    /** Every problem of {@code files} as {@code file:line: field: reason}; empty when they can be loaded. */
    public static List<String> check(List<Path> files) {
        return check(ConfigFiles.texts(files));
    }

    /** Every problem of one file's {@code text}, reported as {@code file:line: field: reason}. */
    public static List<String> check(String file, String text) {
        return check(Map.of(file, text));
    }

    /** The runbook files of {@code dir}: its {@code *.yml} and {@code *.yaml} files, by name. */
    public static List<Path> in(Path dir) {
        return ConfigFiles.in(dir, WHAT);
    }

    /** The shipped {@link #DEFAULTS}. */
    public static List<Runbook> defaults() {
        return load(ConfigFiles.classpath(DEFAULTS));
    }

    /** The runbooks of texts keyed by file name, in map order; throws listing every problem if any is invalid. */
    static List<Runbook> load(Map<String, String> textsByFile) {
        List<String> problems = new ArrayList<>();
        List<Runbook> runbooks = read(textsByFile, problems);
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(WHAT, problems);
        }
        return runbooks;
    }

    static List<String> check(Map<String, String> textsByFile) {
        List<String> problems = new ArrayList<>();
        read(textsByFile, problems);
        return List.copyOf(problems);
    }

    private static List<Runbook> read(Map<String, String> textsByFile, List<String> problems) {
        List<Located> located = new ArrayList<>();
        textsByFile.forEach((file, text) -> {
            RunbookParser parser = new RunbookParser(file);
            parser.parse(text).ifPresent(located::add);
            problems.addAll(parser.problems());
        });
        requireUniqueIds(located, problems);
        return located.stream().map(Located::runbook).toList();
    }

    private static void requireUniqueIds(List<Located> located, List<String> problems) {
        Map<String, Located> first = new HashMap<>();
        for (Located runbook : located) {
            Located earlier = first.putIfAbsent(runbook.runbook().id(), runbook);
            if (earlier != null) {
                problems.add(runbook.file() + ":" + runbook.line() + ": id: duplicate runbook id "
                        + runbook.runbook().id() + " (first at " + earlier.file() + ":" + earlier.line() + ")");
            }
        }
    }
}
