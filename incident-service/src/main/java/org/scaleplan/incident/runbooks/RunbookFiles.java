package org.scaleplan.incident.runbooks;

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

    private RunbookFiles() {
    }

    /** The runbooks of {@code files}, in file order; throws listing every problem if any file is invalid. */
    public static List<Runbook> load(List<Path> files) {
        return load(texts(files));
    }

    /** Every problem of {@code files} as {@code file:line: field: reason}; empty when they can be loaded. */
    public static List<String> check(List<Path> files) {
        return check(texts(files));
    }

    /** Every problem of one file's {@code text}, reported as {@code file:line: field: reason}. */
    public static List<String> check(String file, String text) {
        return check(Map.of(file, text));
    }

    /**
     * The runbook files of {@code dir}: its {@code *.yml} and {@code *.yaml} files, by name, so the load order (and so
     * which of two duplicate ids is reported) never depends on the file system.
     */
    public static List<Path> in(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidRunbooksException(List.of(dir + ": not a directory"));
        }
        try (Stream<Path> entries = Files.list(dir)) {
            List<Path> files = entries.filter(f -> f.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
            if (files.isEmpty()) {
                throw new InvalidRunbooksException(List.of(dir + ": no *.yml or *.yaml runbook files"));
            }
            return files;
        } catch (IOException e) {
            throw new InvalidRunbooksException(List.of(dir + ": " + e.getMessage()));
        }
    }

    /** The shipped {@link #DEFAULTS}. */
    public static List<Runbook> defaults() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String resource : DEFAULTS) {
            try (InputStream in = RunbookFiles.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is missing from the classpath");
                }
                texts.put(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return load(texts);
    }

    /** The runbooks of texts keyed by file name, in map order; throws listing every problem if any is invalid. */
    static List<Runbook> load(Map<String, String> textsByFile) {
        List<String> problems = new ArrayList<>();
        List<Runbook> runbooks = read(textsByFile, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRunbooksException(problems);
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
