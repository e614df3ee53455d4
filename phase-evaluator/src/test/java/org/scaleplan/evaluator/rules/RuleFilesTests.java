package org.scaleplan.evaluator.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scaleplan.config.Comparison;
import org.scaleplan.config.InvalidConfigException;

class RuleFilesTests {

    private static final Path EXAMPLE = Path.of("src/test/resources/rules/example.yml");
    private static final Path INVALID = Path.of("src/test/resources/rules/invalid.yml");

    /** A valid file with one rule; the line numbers are those the problem tables below refer to. */
    private static final String VALID = """
            groups:
              - name: g
                rules:
                  - alert: A
                    metric: m
                    aggregate: avg
                    window: 5m
                    op: ">"
                    threshold: 1
                    severity: warning
            """;

    private static Map<String, String> files(String... namesAndTexts) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            files.put(namesAndTexts[i], namesAndTexts[i + 1]);
        }
        return files;
    }

    @Nested
    class Valid {

        @Test
        void readsEveryFieldOfARule() {
            AlertRule rule = RuleFiles.load(List.of(EXAMPLE)).get(0);

            assertThat(rule).isEqualTo(new AlertRule("HighErrorRate", "http_error_ratio",
                    Map.of("service", "checkout"), Aggregation.AVG, Duration.ofMinutes(5), Comparison.GREATER, 0.05,
                    Duration.ofMinutes(2), Duration.ofMinutes(1), "critical", Map.of("team", "shop"),
                    Map.of("summary", "error ratio {{ $value }} above {{ $threshold }} on {{ $system }}")));
        }

        @Test
        void readsRulesOfEveryGroupInOrderWithOptionalFieldsEmpty() {
            List<AlertRule> rules = RuleFiles.load(List.of(EXAMPLE));

            assertThat(rules).extracting(AlertRule::name).containsExactly("HighErrorRate", "AiQueueGrowing");
            AlertRule second = rules.get(1);
            assertThat(second.pendingFor()).isZero();
            assertThat(second.keepFiringFor()).isZero();
            assertThat(second.match()).isEmpty();
            assertThat(second.labels()).isEmpty();
            assertThat(second.annotations()).isEmpty();
        }

        @Test
        void checksAValidFileWithoutProblems() {
            assertThat(RuleFiles.check(List.of(EXAMPLE))).isEmpty();
        }

        @Test
        void shipsValidDefaultsForTheSuccessMetrics() {
            assertThat(RuleFiles.check(List.of(Path.of("src/main/resources", RuleFiles.DEFAULTS)))).isEmpty();
            assertThat(RuleFiles.defaults()).extracting(AlertRule::metric).containsOnly(
                    "http_request_duration_seconds", "http_error_ratio", "cpu_utilization", "memory_utilization",
                    "ai_queue_depth");
            assertThat(RuleFiles.defaults()).extracting(AlertRule::name).doesNotHaveDuplicates().hasSize(8);
        }
    }

    @Nested
    class Problems {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
                // replaces one line of VALID (lines 7-10 are window, op, threshold, severity) | the problem
                "window: 5m     | window: 5 minutes      | app.yml:7: window: must be a duration like 30s, 5m, 1h",
                "window: 5m     | window: 0s             | app.yml:7: window: must be longer than 0s",
                "window: 5m     | window: -5m            | app.yml:7: window: must be a duration like 30s, 5m, 1h",
                "aggregate: avg | aggregate: median      | app.yml:6: aggregate: must be one of avg, min, max, sum, rate, p95, p99, was median",
                "op: \">\"      | op: \"=>\"             | app.yml:8: op: must be one of > >= < <= == !=, was =>",
                "threshold: 1   | threshold: high        | app.yml:9: threshold: must be a finite number, was high",
                "threshold: 1   | threshold: .inf        | app.yml:9: threshold: must be a finite number, was .inf",
                "severity: warning | severity: \"\"      | app.yml:10: severity: must be a non-empty text",
                "severity: warning | severity: [a, b]    | app.yml:10: severity: must be a non-empty text",
                "metric: m      | metric: m\\n        severty: critical | app.yml:6: severty: unknown key (expected one of [aggregate, alert, annotations, for, keep_firing_for, labels, match, metric, op, severity, threshold, window])",
                "metric: m      | metric: m\\n        for: soon         | app.yml:6: for: must be a duration like 30s, 5m, 1h",
                "metric: m      | metric: m\\n        keep_firing_for: 1 | app.yml:6: keep_firing_for: must be a duration like 30s, 5m, 1h",
                "metric: m      | metric: m\\n        match: [a]        | app.yml:6: match: must be a mapping of names to texts",
                "metric: m      | metric: m\\n        labels: {team: [a]} | app.yml:6: labels.team: must be a text",
                "metric: m      | metric: m\\n        annotations: {summary: \"{{ $valeu }}\"} | app.yml:6: annotations: unknown variable {{ $valeu }} (known: $value, $threshold, $system, $labels.<name>)",
                "metric: m      | metric: m\\n        metric: n         | app.yml:6: metric: appears twice",
                "metric: m      | `#`                   | app.yml:4: metric: is required",
                "name: g        | nme: g                 | app.yml:2: nme: unknown key (expected one of [name, rules])",
                "groups:        | grups:                 | app.yml:1: grups: unknown key (expected one of [groups])",
                "op: \">\"      | op: \">                | app.yml:11: yaml: found unexpected end of stream (while scanning a quoted scalar at line 8)",
        })
        void reportsFileLineFieldAndReason(String line, String replacement, String problem) {
            String text = VALID.replace(line.replace("\\\"", "\""), replacement.replace("\\\"", "\"").replace("\\n", "\n"));

            assertThat(RuleFiles.check(files("app.yml", text))).first().asString().startsWith(problem);
        }

        @Test
        void reportsEveryProblemOfEveryFileNotOnlyTheFirst() {
            String twoProblems = VALID.replace("window: 5m", "window: 5").replace("op: \">\"", "op: gt");

            assertThat(RuleFiles.check(files("a.yml", twoProblems, "b.yml", VALID.replace("avg", "mean"))))
                    .containsExactly("a.yml:7: window: must be a duration like 30s, 5m, 1h",
                            "a.yml:8: op: must be one of > >= < <= == !=, was gt",
                            "b.yml:6: aggregate: must be one of avg, min, max, sum, rate, p95, p99, was mean");
        }

        @Test
        void rejectsTheSameAlertNameTwiceAcrossFiles() {
            assertThat(RuleFiles.check(files("a.yml", VALID, "b.yml", VALID)))
                    .containsExactly("b.yml:4: alert: duplicate name A (first at a.yml:4)");
        }

        @Test
        void reportsProblemsOfFilesOnDiskWithTheirPath() {
            assertThat(RuleFiles.check(List.of(EXAMPLE, INVALID))).containsExactly(
                    INVALID + ":7: window: must be a duration like 30s, 5m, 1h",
                    INVALID + ":11: severty: unknown key (expected one of [aggregate, alert, annotations, for, "
                            + "keep_firing_for, labels, match, metric, op, severity, threshold, window])");
        }

        @Test
        void reportsAFileThatCannotBeRead() {
            Path missing = Path.of("src/test/resources/rules/missing.yml");

            assertThat(RuleFiles.check(List.of(missing))).containsExactly(missing + ":0: file: cannot be read");
        }

        @Test
        void loadsNothingWhenAnyFileIsInvalid() {
            assertThatExceptionOfType(InvalidConfigException.class)
                    .isThrownBy(() -> RuleFiles.load(List.of(EXAMPLE, INVALID)))
                    .satisfies(e -> assertThat(e.problems()).hasSize(2))
                    .withMessageContaining("invalid.yml:7: window:");
        }

        @Test
        void acceptsAnEmptyFileAsNoRules() {
            assertThat(RuleFiles.load(files("empty.yml", ""))).isEmpty();
        }
    }
}
