package org.scaleplan.bench.soak;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.scaleplan.contracts.EventJson;
import org.scaleplan.testsupport.Processes;
import tools.jackson.databind.JsonNode;

/**
 * phase-evaluator's own replay over the whole range, run from the jar the stack runs ({@code replay --format=json},
 * docs/evaluator.md) with the service's settings: the decisions it would have made on the recorded samples,
 * published nowhere.
 */
final class PhaseReplay {

    private static final List<String> JVM = List.of("-XX:+UseSerialGC", "-Xmx512m");

    private PhaseReplay() {
    }

    /** The eventIds of each decision type the replay makes over samples stamped in {@code [from, to)}. */
    static Map<String, List<UUID>> run(Path jar, String bootstrapServers, Instant from, Instant to,
            Map<String, String> settings, Path log) {
        List<String> command = new ArrayList<>(List.of(Processes.jdkTool("java")));
        command.addAll(JVM);
        command.addAll(List.of("-jar", jar.toString(), "replay", "--bootstrap-servers=" + bootstrapServers,
                "--from=" + from, "--to=" + to, "--format=json"));
        settings.forEach((name, value) -> command.add("--" + name + "=" + value));
        try {
            Process replay = new ProcessBuilder(command).redirectError(log.toFile()).start();
            Map<String, List<UUID>> ids = decisions(replay);
            if (!replay.waitFor(1, TimeUnit.MINUTES) || replay.exitValue() != 0) {
                replay.destroyForcibly();
                throw new IllegalStateException("phase-evaluator's replay failed; see " + log);
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException("could not run phase-evaluator's replay", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, List<UUID>> decisions(Process replay) throws IOException {
        Map<String, List<UUID>> ids = new LinkedHashMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(replay.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode decision = EventJson.mapper().readTree(line);
                ids.computeIfAbsent(decision.path("type").asString(), t -> new ArrayList<>())
                        .add(UUID.fromString(decision.path("event").path("eventId").asString()));
            }
        }
        return ids;
    }
}
