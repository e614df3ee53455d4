package org.scaleplan.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import org.apache.kafka.common.utils.AppInfoParser;
import org.scaleplan.bench.stack.StackSettings;

/** The versions of what was measured: Scaleplan's commit and jars, Spring Boot, Kafka, Redis. */
final class Versions {

    private Versions() {
    }

    static Map<String, String> of(Path repo, StackSettings settings) {
        Map<String, String> versions = new LinkedHashMap<>();
        Path jar = settings.jar("metrics-ingest");
        versions.put("Scaleplan", manifest(jar, "Implementation-Version").orElse("unknown") + ", commit "
                + command(repo, "git", "rev-parse", "--short", "HEAD").orElse("unknown"));
        versions.put("Spring Boot", manifest(jar, "Spring-Boot-Version").orElse("unknown"));
        versions.put("Kafka (broker, clients, perf tool)", AppInfoParser.getVersion());
        versions.put("Redis", command(repo, "redis-server", "--version").orElse("unknown"));
        return versions;
    }

    private static Optional<String> manifest(Path jar, String attribute) {
        try (JarFile file = new JarFile(jar.toFile())) {
            return Optional.ofNullable(file.getManifest().getMainAttributes().getValue(attribute));
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<String> command(Path dir, String... command) {
        try {
            Process process = new ProcessBuilder(List.of(command)).directory(dir.toFile())
                    .redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0 ? Optional.of(out)
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
