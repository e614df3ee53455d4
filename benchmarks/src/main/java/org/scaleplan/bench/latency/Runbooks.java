package org.scaleplan.bench.latency;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The runbooks incident-service runs during the benchmark (its {@code runbooks-dir}, instead of the shipped ones):
 * for a HighErrorRate alert and for an entry into phase 2, a first step that calls the {@link RunbookTarget} at
 * {@code /alert/<system>} and {@code /phase/<system>}.
 */
public final class Runbooks {

    static final String ALERT_PATH = "/alert/";
    static final String PHASE_PATH = "/phase/";

    private Runbooks() {
    }

    /** Writes them into {@code dir}; answers the directory. */
    public static Path write(Path dir, RunbookTarget target) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("bench-alert.yml"), runbook("bench-alert", "alert",
                    "{alertname: HighErrorRate}", target.hostAndPort() + ALERT_PATH));
            Files.writeString(dir.resolve("bench-phase.yml"), runbook("bench-phase", "phase-change",
                    "{phase: \"2\"}", target.hostAndPort() + PHASE_PATH));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String runbook(String id, String source, String match, String url) {
        return """
                id: %s
                trigger:
                  source: %s
                  match: %s
                steps:
                  - id: call-target
                    type: http
                    request:
                      {method: POST, url: "http://%s{{incident.system}}", body: '{"incident": "{{incident.id}}"}'}
                    timeout: 10s
                """.formatted(id, source, match, url);
    }
}
