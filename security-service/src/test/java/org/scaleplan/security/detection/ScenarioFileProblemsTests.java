package org.scaleplan.security.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.scaleplan.security.detection.ScenarioTexts.LEAKY;
import static org.scaleplan.security.detection.ScenarioTexts.SURGE;
import static org.scaleplan.security.detection.ScenarioTexts.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scaleplan.config.InvalidConfigException;

/** Scenario files that do not load, each problem as {@code file:line: field: reason}. */
class ScenarioFileProblemsTests {

    @ParameterizedTest(name = "{0}: {2} -> {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // the valid text | one of its lines | replaced by | the first problem
            "leaky | id: auth-failure-spike | id: Auth_Spike"
                    + " | app.yml:2: id: must be lowercase letters, digits and dashes, was Auth_Spike",
            "leaky | source: metrics | source: logs | app.yml:4: source: must be one of metrics, access, was logs",
            "leaky | kind: leaky | kind: token | app.yml:8: kind: must be one of leaky, surge, was token",
            "leaky | mode: live | mode: dry-run | app.yml:11: mode: must be one of live, shadow, was dry-run",
            "leaky | scope: ADDRESS | scope: address"
                    + " | app.yml:7: scope: must be one of ADDRESS, KEY, USER, was address",
            "leaky | capacity: 20 | capacity: 0 | app.yml:9: capacity: must be more than 0",
            "leaky | capacity: 20 | capacity: many | app.yml:9: capacity: must be a finite number, was many",
            "leaky | leak: 1/10s | leak: 1 per 10s"
                    + " | app.yml:10: leak: must be an amount per duration like 1/10s or 5/1m, was 1 per 10s",
            "leaky | leak: 1/10s | leak: 0/10s | app.yml:10: leak: must leak more than 0 in more than 0s, was 0/10s",
            "leaky | leak: 1/10s | leak: 1/0s | app.yml:10: leak: must leak more than 0 in more than 0s, was 1/0s",
            "leaky | metric: auth_failures_total | `#` | app.yml:2: metric: is required for source metrics",
            "leaky | group-by: client_ip | `#` | app.yml:2: group-by: is required for kind leaky",
            "leaky | scope: ADDRESS | `#` | app.yml:2: scope: is required for kind leaky",
            "leaky | capacity: 20 | `#` | app.yml:2: capacity: is required for kind leaky",
            "leaky | leak: 1/10s | `#` | app.yml:2: leak: is required for kind leaky",
            "leaky | severity: warning | `#` | app.yml:2: severity: is required",
            "leaky | severity: warning | severity: warning\\n    severty: critical"
                    + " | app.yml:13: severty: unknown key (expected one of [capacity, decision, description,"
                    + " distinct, factor, group-by, id, kind, leak, match, metric, min-rate, mode, scope, severity,"
                    + " source, warmup, window])",
            "leaky | leak: 1/10s | leak: 1/10s\\n    window: 1m | app.yml:11: window: only for kind surge",
            "leaky | leak: 1/10s | leak: 1/10s\\n    leak: 2/10s | app.yml:11: leak: appears twice",
            "leaky | description: many failed logins | description: [a]"
                    + " | app.yml:3: description: must be a non-empty text",
            "leaky | BLOCK, ttl: 5m | BAN, ttl: 5m | app.yml:13: action: must be one of BLOCK, THROTTLE, was BAN",
            "leaky | ttl: 5m, | ttl: 0s, | app.yml:13: ttl: must be longer than 0s",
            "leaky | max-ttl: 24h | max-ttl: 1m | app.yml:13: max-ttl: must be at least the ttl",
            "leaky | ttl: 5m, | ttl: soon, | app.yml:13: ttl: must be a duration like 30s, 5m, 1h",
            "leaky | max-ttl: 24h | until: 24h"
                    + " | app.yml:13: until: unknown key (expected one of [action, max-ttl, ttl])",
            "leaky | {action: BLOCK, ttl: 5m, max-ttl: 24h} | {action: BLOCK} | app.yml:13: ttl: is required",
            "leaky | {action: BLOCK, ttl: 5m, max-ttl: 24h} | block | app.yml:13: decision: must be a mapping",
            "leaky | scenarios: | scenario: | app.yml:1: scenario: unknown key (expected one of [scenarios])",
            "leaky | leak: 1/10s | leak: \"1/10s"
                    + " | app.yml:14: yaml: found unexpected end of stream (while scanning a quoted scalar at line 10)",
            "access | group-by: actor-key | group-by: client_ip"
                    + " | app.yml:5: group-by: must be actor-key for source access, was client_ip",
            "access | scope: KEY | scope: ADDRESS"
                    + " | app.yml:6: scope: must be KEY for source access (its groups are API keys), was ADDRESS",
            "access | status: \"429\" | status: too many"
                    + " | app.yml:4: match.status: must be an HTTP status like 429, was too many",
            "access | status: \"429\" | method: GET"
                    + " | app.yml:4: match.method: unknown field of an access event (expected one of [outcome,"
                    + " service, status])",
            "access | status: \"429\" | outcome: denied"
                    + " | app.yml:4: match.outcome: must be one of [SUCCEEDED, DENIED, FAILED], was denied",
            "access | leak: 1/1m | leak: 1/1m\\n    distinct: user"
                    + " | app.yml:10: distinct: only for source metrics (an access event has no labels)",
            "access | source: access | source: access\\n    metric: m | app.yml:4: metric: only for source metrics",
            "surge | factor: 5 | factor: 1 | app.yml:7: factor: must be more than 1",
            "surge | min-rate: 50 | min-rate: -1 | app.yml:8: min-rate: must not be negative",
            "surge | warmup: 10m | warmup: 30s | app.yml:9: warmup: must be at least one window",
            "surge | window: 1m | window: 0s | app.yml:6: window: must be longer than 0s",
            "surge | window: 1m | `#` | app.yml:2: window: is required for kind surge",
            "surge | kind: surge | kind: surge\\n    scope: ADDRESS"
                    + " | app.yml:6: scope: not for kind surge, which is about a whole system",
            "surge | kind: surge | kind: surge\\n    group-by: client_ip"
                    + " | app.yml:6: group-by: must be system or absent for kind surge, was client_ip",
            "surge | kind: surge | kind: surge\\n    capacity: 5 | app.yml:6: capacity: only for kind leaky",
            "surge | kind: surge | kind: surge\\n    decision: {action: BLOCK, ttl: 5m}"
                    + " | app.yml:6: decision: not for kind surge: it is about a whole system, so it only reports",
            "surge | source: metrics | source: access | app.yml:3: source: must be metrics for kind surge",
    })
    void reportsFileLineFieldAndReason(String base, String line, String replacement, String problem) {
        String text = ScenarioTexts.BY_NAME.get(base).replace(line, replacement.replace("\\n", "\n"));

        assertThat(ScenarioFiles.check(files("app.yml", text))).first().isEqualTo(problem);
    }

    @Test
    void reportsEveryProblemOfEveryFileNotOnlyTheFirst() {
        String twoProblems = LEAKY.replace("capacity: 20", "capacity: -1").replace("mode: live", "mode: on");

        assertThat(ScenarioFiles.check(files("a.yml", twoProblems, "b.yml", SURGE.replace("10m", "ten"))))
                .containsExactly("a.yml:9: capacity: must be more than 0",
                        "a.yml:11: mode: must be one of live, shadow, was on",
                        "b.yml:9: warmup: must be a duration like 30s, 5m, 1h");
    }

    @Test
    void rejectsTheSameIdTwiceAcrossFiles() {
        assertThat(ScenarioFiles.check(files("a.yml", LEAKY, "b.yml", SURGE, "c.yml", LEAKY)))
                .containsExactly("c.yml:2: id: duplicate id auth-failure-spike (first at a.yml:2)");
    }

    @Test
    void reportsAFileThatCannotBeRead(@TempDir Path dir) {
        Path missing = dir.resolve("missing.yml");

        assertThat(ScenarioFiles.check(List.of(missing))).containsExactly(missing + ":0: file: cannot be read");
    }

    @Test
    void loadsNothingWhenAnyFileIsInvalid(@TempDir Path dir) throws IOException {
        Path valid = Files.writeString(dir.resolve("a.yml"), LEAKY);
        Path invalid = Files.writeString(dir.resolve("b.yml"), SURGE.replace("factor: 5", "factor: 0.5"));

        assertThatExceptionOfType(InvalidConfigException.class)
                .isThrownBy(() -> ScenarioFiles.load(List.of(valid, invalid)))
                .satisfies(e -> assertThat(e.problems()).containsExactly(invalid + ":7: factor: must be more than 1"))
                .withMessageStartingWith("invalid scenario files:");
    }

    @Test
    void refusesADirectoryWithoutScenarioFiles(@TempDir Path dir) {
        assertThatExceptionOfType(InvalidConfigException.class).isThrownBy(() -> ScenarioFiles.in(dir))
                .satisfies(e -> assertThat(e.problems())
                        .containsExactly(dir + ": no *.yml or *.yaml scenario files"));
    }
}
