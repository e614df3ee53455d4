package org.scaleplan.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Finding and reading a set of YAML configuration files, before each kind parses its own. */
public final class ConfigFiles {

    private ConfigFiles() {
    }

    /**
     * The {@code *.yml} and {@code *.yaml} files of {@code dir}, by name, so the load order (and so which of two
     * duplicates is reported) never depends on the file system.
     *
     * @param what the kind of files, for the problems, e.g. {@code rule files}
     */
    public static List<Path> in(Path dir, String what) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidConfigException(what, List.of(dir + ": not a directory"));
        }
        try (Stream<Path> entries = Files.list(dir)) {
            List<Path> files = entries.filter(f -> f.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
            if (files.isEmpty()) {
                throw new InvalidConfigException(what, List.of(dir + ": no *.yml or *.yaml " + what));
            }
            return files;
        } catch (IOException e) {
            throw new InvalidConfigException(what, List.of(dir + ": " + e.getMessage()));
        }
    }

    /** The texts of {@code files} by name, in order; null for a file that cannot be read (a problem of the set). */
    public static Map<String, String> texts(List<Path> files) {
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

    /** The texts of classpath {@code resources} (shipped defaults) by name, in order. */
    public static Map<String, String> classpath(List<String> resources) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String resource : resources) {
            try (InputStream in = ConfigFiles.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is missing from the classpath");
                }
                texts.put(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return texts;
    }
}
