package org.scaleplan.evaluator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvaluatorCommandsTests {

    private static final String EXAMPLE = "src/test/resources/rules/example.yml";
    private static final String INVALID = "src/test/resources/rules/invalid.yml";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final EvaluatorCommands commands = new EvaluatorCommands(print(out), print(err));

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Nested
    class Check {

        @Test
        void acceptsAValidFile() {
            assertThat(commands.run("check", EXAMPLE)).isZero();
            assertThat(out()).isEqualTo("2 rules in 1 file(s): valid\n");
            assertThat(err()).isEmpty();
        }

        @Test
        void checksTheRuleFilesOfADirectory() {
            assertThat(commands.run("check", "src/main/resources/rules")).isZero();
            assertThat(out()).isEqualTo("8 rules in 1 file(s): valid\n");
        }

        @Test
        void printsEveryProblemWithFileAndLine() {
            assertThat(commands.run("check", EXAMPLE, INVALID)).isEqualTo(1);
            assertThat(out().lines()).containsExactly(
                    INVALID + ":7: window: must be a duration like 30s, 5m, 1h",
                    INVALID + ":11: severty: unknown key (expected one of [aggregate, alert, annotations, for, "
                            + "keep_firing_for, labels, match, metric, op, severity, threshold, window])");
            assertThat(err()).isEqualTo("2 problem(s) in 2 file(s)\n");
        }

        @Test
        void findsTheProblemsOfEveryFileInADirectory() {
            assertThat(commands.run("check", "src/test/resources/rules")).isEqualTo(1);
            assertThat(out().lines()).hasSize(2).allMatch(line -> line.startsWith(Path.of(INVALID) + ":"));
        }

        @Test
        void reportsAMissingFile() {
            assertThat(commands.run("check", "src/test/resources/rules/missing.yml")).isEqualTo(1);
            assertThat(out()).isEqualTo("src/test/resources/rules/missing.yml:0: file: cannot be read\n");
        }

        @Test
        void reportsADirectoryWithoutRuleFiles(@TempDir Path empty) {
            assertThat(commands.run("check", empty.toString())).isEqualTo(1);
            assertThat(out()).isEqualTo(empty + ": no *.yml or *.yaml rule files\n");
        }

        @Test
        void needsAFileOrDirectory() {
            assertThat(commands.run("check")).isEqualTo(2);
            assertThat(err()).startsWith("check needs at least one rule file or directory\nusage: phase-evaluator");
            assertThat(out()).isEmpty();
        }
    }

    @Nested
    class Usage {

        /** Every one of these is refused before a broker is contacted. */
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "replay --to=2026-11-27T11:00:00Z                                  | --from is required",
                "replay --from=2026-11-27T10:00:00Z                                | --to is required",
                "replay --from=2026-11-27T10:00:00Z --to=yesterday                 | --to must be an ISO-8601 instant such as 2026-11-27T10:00:00Z, was yesterday",
                "replay --from=2026-11-27T11:00:00Z --to=2026-11-27T10:00:00Z      | --from must be before --to, was 2026-11-27T11:00:00Z and 2026-11-27T10:00:00Z",
                "replay --from=2026-11-27T10:00:00Z --to=2026-11-27T10:00:00Z      | --from must be before --to",
                "replay --from=2026-11-27T10:00:00Z --to=2026-11-27T11:00:00Z --format=xml | --format must be text or json, was xml",
                "replay --from 2026-11-27T10:00:00Z                                | expected --name=value, got --from",
                "replay from=2026-11-27T10:00:00Z                                  | expected --name=value, got from=2026-11-27T10:00:00Z",
                "replay --=x                                                       | expected --name=value, got --=x",
                "replay --from=2026-11-27T10:00:00Z --to=2026-11-27T11:00:00Z --scaleplan.ingest.max-age=-1h | max-future and max-age must not be negative, were PT10M and PT-1H",
                "replay --from=2026-11-27T10:00:00Z --to=2026-11-27T11:00:00Z --scaleplan.ingest.max-age=soon | --scaleplan.ingest.max-age=soon is not valid: 'soon' is not a valid duration",
                "verify rules                                                      | unknown command verify",
        })
        void refusesWithStatusTwoNamingTheArgumentAndShowingUsage(String args, String problem) {
            assertThat(commands.run(args.split(" "))).isEqualTo(2);
            assertThat(err()).startsWith(problem).contains("usage: phase-evaluator check FILE|DIR...");
            assertThat(out()).isEmpty();
        }
    }
}
