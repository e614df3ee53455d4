package org.scaleplan.incident.runbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scaleplan.config.Comparison;
import org.scaleplan.config.InvalidConfigException;
import org.scaleplan.contracts.incident.IncidentSource;
import org.scaleplan.incident.runbooks.Action.Kubernetes;
import org.scaleplan.incident.runbooks.Action.NotifyFormat;
import org.scaleplan.incident.runbooks.Action.WorkloadKind;

class RunbookFilesTests {

    private static final Path EXAMPLE = Path.of("src/test/resources/runbooks/example.yml");
    private static final Path INVALID = Path.of("src/test/resources/runbooks/invalid.yml");
    private static final Path SHIPPED = Path.of("src/main/resources/runbooks");
    private static final String KNOWN = "(known: [incident.fingerprint, incident.id, incident.severity, "
            + "incident.source, incident.system, incident.title, runbook.id, step.id] and labels.<name>)";

    /** A valid runbook; the line numbers are those the problem table below refers to. */
    private static final String VALID = """
            id: rb
            trigger:
              source: alert
              match: {severity: critical}
            steps:
              - id: call
                type: http
                request:
                  url: "http://x.example/{{incident.id}}"
                retry: {max-attempts: 2, backoff: 1s}
                timeout: 10s
              - id: check
                type: await-metric
                metric: http_error_ratio
                condition: "< 0.01"
                for: 1m
            """;

    /** A valid runbook around one step, written on line 4 in flow style. */
    private static String oneStep(String step) {
        return "id: rb\ntrigger: {source: manual}\nsteps:\n  - " + step + "\n";
    }

    private static Map<String, String> files(String... namesAndTexts) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            files.put(namesAndTexts[i], namesAndTexts[i + 1]);
        }
        return files;
    }

    private static Step step(String id, Action action, Duration timeout) {
        return new Step(id, action, timeout, Retry.NONE, null, null);
    }

    @Nested
    class Valid {

        @Test
        void readsEveryTypeOfStepWithEveryKeyOrItsDefault() {
            Duration thirtySeconds = Duration.ofSeconds(30);
            Step scaleBack = step("scale-back",
                    new Action.Scale(new Action.HttpScaler("https://scaler.example/{{incident.system}}"), null, -3),
                    thirtySeconds);
            Runbook expected = new Runbook("checkout-errors",
                    new Trigger(IncidentSource.PHASE_CHANGE, Map.of("phase", "2", "direction", "UP")), List.of(
                    new Step("page", new Action.Http("PUT", "https://hooks.example/{{incident.system}}",
                            Map.of("X-Team", "{{labels.team}}"), "{\"incident\": \"{{incident.id}}\"}"),
                            Duration.ofSeconds(10), new Retry(5, Duration.ofSeconds(2), Duration.ofSeconds(30)),
                            OnFailure.ESCALATE, null),
                    step("tell", new Action.Notify(NotifyFormat.WEBHOOK, "https://chat.example/hook",
                            "{{incident.title}}"), thirtySeconds),
                    step("approve", new Action.Approval("Scale {{incident.system}}?"), Duration.ofHours(1)),
                    new Step("scale-up", new Action.Scale(new Kubernetes("shop", WorkloadKind.STATEFULSET, "checkout"),
                            3, null), thirtySeconds, Retry.NONE, OnFailure.COMPENSATE, scaleBack),
                    step("block", new Action.Publish("block-client", Map.of("address", "{{labels.client_ip}}")),
                            thirtySeconds),
                    step("settle", new Action.Wait(thirtySeconds), thirtySeconds),
                    step("recovered", new Action.AwaitMetric("http_error_ratio", Map.of("service", "checkout"),
                            Comparison.LESS_OR_EQUAL, 0.01, Duration.ofMinutes(1)), Duration.ofMinutes(15)),
                    step("minimal", new Action.Http("POST", "http://localhost:8099/x", Map.of(), null),
                            thirtySeconds)),
                    OnFailure.CONTINUE);

            assertThat(RunbookFiles.load(List.of(EXAMPLE))).containsExactly(expected);
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                // each default alone; a backoff over the default cap raises the cap
                "{max-attempts: 3}               | 3 | PT1S  | PT1M",
                "{backoff: 5s}                   | 1 | PT5S  | PT1M",
                "{backoff: 2m}                   | 1 | PT2M  | PT2M",
                "{max-attempts: 4, max-backoff: 10s} | 4 | PT1S | PT10S",
        })
        void fillsRetryDefaults(String retry, int maxAttempts, Duration backoff, Duration maxBackoff) {
            String text = oneStep("{id: s, type: wait, duration: 1s, retry: " + retry + "}");

            assertThat(RunbookFiles.load(files("app.yml", text)).get(0).steps().get(0).retry())
                    .isEqualTo(new Retry(maxAttempts, backoff, maxBackoff));
        }

        @Test
        void readsAConditionWithoutSpaceAndAnExponent() {
            String text = oneStep("{id: s, type: await-metric, metric: m, condition: \">=-1.5e3\"}");

            assertThat(RunbookFiles.load(files("app.yml", text)).get(0).steps().get(0).action())
                    .isEqualTo(new Action.AwaitMetric("m", Map.of(), Comparison.GREATER_OR_EQUAL, -1500, Duration.ZERO));
        }

        @Test
        void checksAValidFileWithoutProblems() {
            assertThat(RunbookFiles.check(List.of(EXAMPLE))).isEmpty();
            assertThat(RunbookFiles.check("app.yml", VALID)).isEmpty();
        }

        @Test
        void findsTheRunbookFilesOfADirectoryByName() {
            assertThat(RunbookFiles.in(EXAMPLE.getParent())).containsExactly(EXAMPLE, INVALID);
        }

        @Test
        void refusesADirectoryThatIsNotThere() {
            assertThatExceptionOfType(InvalidConfigException.class)
                    .isThrownBy(() -> RunbookFiles.in(EXAMPLE))
                    .satisfies(e -> assertThat(e.problems()).containsExactly(EXAMPLE + ": not a directory"));
        }
    }

    @Nested
    class Problems {

        @ParameterizedTest(name = "{1} -> {2}")
        @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
                // replaces one line of VALID | the problem it causes, first by line
                "id: rb | id: r b | app.yml:1: id: must be letters, digits, '.', '_' and '-', starting with a letter or digit, was r b",
                "id: rb | `#` | app.yml:2: id: is required",
                "id: rb | id: rb\\nowner: me | app.yml:2: owner: unknown key (expected one of [id, on-failure, steps, trigger])",
                "source: alert | source: pager | app.yml:3: source: must be one of alert, security, cost, phase-change, manual, was pager",
                "source: alert | sorce: alert | app.yml:3: sorce: unknown key (expected one of [match, source])",
                "match: {severity: critical} | match: [critical] | app.yml:4: match: must be a mapping of names to texts",
                "steps: | on-failure: compensate\\nsteps: | app.yml:5: on-failure: compensate belongs on a step, beside the step that compensates it",
                "steps: | on-failure: retry\\nsteps: | app.yml:5: on-failure: must be one of escalate, continue, compensate, was retry",
                "type: http | type: ftp | app.yml:7: type: must be one of http, notify, scale, await-metric, approval, publish, wait, was ftp",
                // a key of another type of step
                "type: http | type: wait | app.yml:6: duration: is required",
                "type: http | type: http\\n    duration: 5s | app.yml:8: duration: unknown key (expected one of [compensate, id, on-failure, request, retry, timeout, type])",
                "url: \"http://x.example/{{incident.id}}\" | url: ftp://x.example/ | app.yml:9: url: must be an http or https URL, was ftp://x.example/",
                "url: \"http://x.example/{{incident.id}}\" | url: \"http://x.example/{{incident.idd}}\" | app.yml:9: url: unknown variable incident.idd " + KNOWN,
                "url: \"http://x.example/{{incident.id}}\" | url: http://x.example\\n      method: post | app.yml:10: method: must be one of GET, POST, PUT, PATCH, DELETE, was post",
                "url: \"http://x.example/{{incident.id}}\" | url: http://x.example\\n      headers: {X-Id: \"{{id}}\"} | app.yml:10: headers.X-Id: unknown variable id " + KNOWN,
                "url: \"http://x.example/{{incident.id}}\" | url: http://x.example\\n      body: \"{{labels.a}} {{incident}}\" | app.yml:10: body: unknown variable incident " + KNOWN,
                "retry: {max-attempts: 2, backoff: 1s} | retry: {max-attempts: 0} | app.yml:10: retry: max-attempts must be between 1 and 100, was 0",
                "retry: {max-attempts: 2, backoff: 1s} | retry: {max-attempts: 1.5} | app.yml:10: max-attempts: must be a whole number of up to 9 digits, was 1.5",
                "retry: {max-attempts: 2, backoff: 1s} | retry: {backoff: 10s, max-backoff: 5s} | app.yml:10: retry: max-backoff must be at least backoff, was PT5S",
                "retry: {max-attempts: 2, backoff: 1s} | retry: {backof: 1s} | app.yml:10: backof: unknown key (expected one of [backoff, max-attempts, max-backoff])",
                "timeout: 10s | timeout: 0s | app.yml:11: timeout: must be longer than 0s",
                "timeout: 10s | timeout: ten | app.yml:11: timeout: must be a duration like 30s, 5m, 1h",
                "id: check | id: call | app.yml:12: id: duplicate step id call (first at line 6)",
                "metric: http_error_ratio | `#` | app.yml:12: metric: is required",
                "condition: \"< 0.01\" | condition: \"=< 0.01\" | app.yml:15: condition: must be one of > >= < <= == != and a number, like \"< 0.01\", was =< 0.01",
                "condition: \"< 0.01\" | condition: \"< low\" | app.yml:15: condition: must be one of > >= < <= == != and a number, like \"< 0.01\", was < low",
                "for: 1m | for: a minute | app.yml:16: for: must be a duration like 30s, 5m, 1h",
                "for: 1m | for: 1m\\n---\\nid: again | app.yml:17: yaml: but found another document (expected a single document in the stream at line 1)",
                // a compensate step: problems at its key, not at its first line
                "timeout: 10s | timeout: 10s\\n    compensate:\\n      id: undo\\n      type: wait\\n      duration: 1s | app.yml:12: compensate: needs on-failure: compensate",
                "timeout: 10s | timeout: 10s\\n    on-failure: compensate\\n    compensate:\\n      id: undo\\n      type: wait\\n      duration: 1s\\n      on-failure: continue | app.yml:17: on-failure: not allowed on a compensating step: the run escalates after it either way",
        })
        void reportsFileLineFieldAndReason(String line, String replacement, String problem) {
            String text = VALID.replace(line, replacement.replace("\\n", "\n"));

            assertThat(RunbookFiles.check("app.yml", text)).first().asString().startsWith(problem);
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
                // one step, on line 4 | its problem
                "{id: s} | app.yml:4: type: is required",
                "{id: \"a:b\", type: wait, duration: 1s} | app.yml:4: id: must be letters, digits, '.', '_' and '-', starting with a letter or digit, was a:b",
                "{id: s, type: http} | app.yml:4: request: is required",
                "{id: s, type: http, request: {method: GET}} | app.yml:4: url: is required",
                "{id: s, type: http, request: {url: \"http://x.example\", body: {a: 1}}} | app.yml:4: body: must be a non-empty text",
                "{id: s, type: notify, url: \"http://x.example\"} | app.yml:4: text: is required",
                "{id: s, type: notify, url: \"http://x.example\", text: hi, format: teams} | app.yml:4: format: must be one of slack, webhook, was teams",
                "{id: s, type: notify, url: \"http://x.example\", text: \"{{incident.ttle}}\"} | app.yml:4: text: unknown variable incident.ttle " + KNOWN,
                "{id: s, type: scale, replicas: 2} | app.yml:4: scale: needs exactly one of kubernetes and http",
                "{id: s, type: scale, http: {url: \"http://x.example\"}} | app.yml:4: scale: needs exactly one of replicas and add",
                "{id: s, type: scale, http: {url: \"http://x.example\"}, replicas: 1, add: 1} | app.yml:4: scale: needs exactly one of replicas and add",
                "{id: s, type: scale, http: {url: \"http://x.example\"}, replicas: -1} | app.yml:4: step: replicas must not be negative, was -1",
                "{id: s, type: scale, http: {url: \"{{labels.scaler}}\"}, add: 1} | app.yml:4: url: must be an http or https URL, was {{labels.scaler}}",
                "{id: s, type: scale, kubernetes: {namespace: n, kind: daemonset, name: x}, add: 1} | app.yml:4: kind: must be one of deployment, statefulset, was daemonset",
                "{id: s, type: scale, kubernetes: {namespace: n, kind: deployment}, add: 1} | app.yml:4: name: is required",
                "{id: s, type: await-metric, metric: m, condition: \"> 1\", for: 1} | app.yml:4: for: must be a duration like 30s, 5m, 1h",
                "{id: s, type: await-metric, metric: m, condition: \"> 1\", match: {a: [b]}} | app.yml:4: match.a: must be a text",
                "{id: s, type: approval, prompt: \"{{labels.}}\"} | app.yml:4: prompt: unknown variable labels. " + KNOWN,
                "{id: s, type: publish, parameters: {a: b}} | app.yml:4: action: is required",
                "{id: s, type: publish, action: block-client, parameters: {address: \"{{label.ip}}\"}} | app.yml:4: parameters.address: unknown variable label.ip " + KNOWN,
                "{id: s, type: wait} | app.yml:4: duration: is required",
                "{id: s, type: wait, duration: -1s} | app.yml:4: duration: must be a duration like 30s, 5m, 1h",
                "plain | app.yml:4: step: must be a mapping",
        })
        void reportsProblemsOfEachTypeOfStep(String step, String problem) {
            assertThat(RunbookFiles.check("app.yml", oneStep(step))).containsExactly(problem);
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                // one step with on-failure and compensate, on line 4 | its problem
                "{id: s, type: wait, duration: 1s, on-failure: compensate} | app.yml:4: on-failure: compensate needs a compensate step",
                "{id: s, type: wait, duration: 1s, compensate: {id: c, type: wait, duration: 1s}} | app.yml:4: compensate: needs on-failure: compensate",
                "{id: s, type: wait, duration: 1s, on-failure: continue, compensate: {id: c, type: wait, duration: 1s}} | app.yml:4: compensate: needs on-failure: compensate",
                "{id: s, type: wait, duration: 1s, on-failure: compensate, compensate: {id: c, type: wait, duration: 1s, on-failure: continue}} | app.yml:4: on-failure: not allowed on a compensating step: the run escalates after it either way",
                "{id: s, type: wait, duration: 1s, on-failure: compensate, compensate: {id: c, type: wait, duration: 1s, compensate: {id: d, type: wait, duration: 1s}}} | app.yml:4: compensate: not allowed on a compensating step: the run escalates after it either way",
                "{id: s, type: wait, duration: 1s, on-failure: compensate, compensate: {id: s, type: wait, duration: 1s}} | app.yml:4: id: duplicate step id s (first at line 4)",
                "{id: s, type: wait, duration: 1s, on-failure: compensate, compensate: {id: c, type: wait}} | app.yml:4: duration: is required",
                "{id: s, type: wait, duration: 1s, on-failure: compensate, compensate: undo} | app.yml:4: compensate: must be a mapping",
        })
        void allowsACompensatingStepOnlyWithOnFailureCompensateAndWithoutItsOwn(String step, String problem) {
            assertThat(RunbookFiles.check("app.yml", oneStep(step))).containsExactly(problem);
        }

        @Test
        void reportsEveryProblemOfEveryFileNotOnlyTheFirst() {
            String threeProblems = VALID.replace("source: alert", "source: pager").replace("timeout: 10s", "timeout: 0s")
                    .replace("for: 1m", "for: 1m\n    prompt: why");

            assertThat(RunbookFiles.check(files("a.yml", threeProblems, "b.yml", VALID.replace("type: http", "typ: http"))))
                    .containsExactly(
                            "a.yml:3: source: must be one of alert, security, cost, phase-change, manual, was pager",
                            "a.yml:11: timeout: must be longer than 0s",
                            "a.yml:17: prompt: unknown key (expected one of [compensate, condition, for, id, match, "
                                    + "metric, on-failure, retry, timeout, type])",
                            "b.yml:6: type: is required",
                            "b.yml:7: typ: unknown key (expected one of [action, add, compensate, condition, duration, "
                                    + "for, format, http, id, kubernetes, match, metric, on-failure, parameters, prompt, "
                                    + "replicas, request, retry, text, timeout, type, url])");
        }

        @Test
        void rejectsTheSameRunbookIdTwiceAcrossFiles() {
            assertThat(RunbookFiles.check(files("a.yml", VALID, "b.yml", "# the same again\n" + VALID)))
                    .containsExactly("b.yml:2: id: duplicate runbook id rb (first at a.yml:1)");
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
                // a whole file | its problem
                "``                                            | app.yml:1: file: holds no runbook",
                "`# nothing yet`                               | app.yml:1: file: holds no runbook",
                "[id, rb]                                      | app.yml:1: runbook: must be a mapping",
                "`id: rb\ntrigger: {source: alert}\nsteps: []` | app.yml:3: steps: needs at least one step",
                "`id: rb\ntrigger: {source: alert}\nsteps: {}` | app.yml:3: steps: must be a list",
                "`id: rb\nsteps: [{id: s, type: wait, duration: 1s}]` | app.yml:1: trigger: is required",
        })
        void reportsARunbookThatIsMissingOrEmpty(String text, String problem) {
            assertThat(RunbookFiles.check("app.yml", text)).containsExactly(problem);
        }

        @Test
        void reportsProblemsOfFilesOnDiskWithTheirPath() {
            assertThat(RunbookFiles.check(List.of(EXAMPLE, INVALID))).containsExactly(
                    INVALID + ":6: duration: must be a duration like 30s, 5m, 1h",
                    INVALID + ":9: url: unknown variable incident.idd " + KNOWN);
        }

        @Test
        void reportsAFileThatCannotBeRead() {
            Path missing = Path.of("src/test/resources/runbooks/missing.yml");

            assertThat(RunbookFiles.check(List.of(missing))).containsExactly(missing + ":0: file: cannot be read");
        }

        @Test
        void loadsNothingWhenAnyFileIsInvalid() {
            assertThatExceptionOfType(InvalidConfigException.class)
                    .isThrownBy(() -> RunbookFiles.load(List.of(EXAMPLE, INVALID)))
                    .satisfies(e -> assertThat(e.problems()).hasSize(2))
                    .withMessageContaining("invalid.yml:6: duration:");
        }
    }

    @Nested
    class Defaults {

        @Test
        void shipsEveryFileOfTheDirectoryWithoutProblems() {
            List<Path> files = RunbookFiles.in(SHIPPED);

            assertThat(files).map(file -> "runbooks/" + file.getFileName())
                    .containsExactlyInAnyOrderElementsOf(RunbookFiles.DEFAULTS);
            assertThat(RunbookFiles.check(files)).isEmpty();
        }

        @Test
        void startTheSeedsEmergencyProceduresAndOnePerPhase() {
            assertThat(RunbookFiles.defaults()).extracting(Runbook::id, Runbook::trigger).containsExactly(
                    tuple("system-failure", new Trigger(IncidentSource.ALERT, Map.of("severity", "critical"))),
                    tuple("security-incident", new Trigger(IncidentSource.SECURITY, Map.of())),
                    tuple("performance-issue", new Trigger(IncidentSource.ALERT, Map.of("alertname", "SlowResponses"))),
                    tuple("phase-1-initial", new Trigger(IncidentSource.PHASE_CHANGE, Map.of("phase", "1"))),
                    tuple("phase-2-growth", new Trigger(IncidentSource.PHASE_CHANGE, Map.of("phase", "2"))),
                    tuple("phase-3-expansion", new Trigger(IncidentSource.PHASE_CHANGE, Map.of("phase", "3"))),
                    tuple("phase-4-enterprise", new Trigger(IncidentSource.PHASE_CHANGE, Map.of("phase", "4"))));
        }

        @Test
        void callOnlyTheLocalDemoTarget() {
            List<String> urls = RunbookFiles.defaults().stream().flatMap(runbook -> runbook.steps().stream())
                    .flatMap(step -> Stream.of(step, step.compensate())).flatMap(step -> url(step).stream()).toList();

            assertThat(urls).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith("http://localhost:8099/"));
        }

        @Test
        void askForApprovalBeforeChangingInfrastructureAndThenWatchAMetric() {
            for (Runbook runbook : RunbookFiles.defaults()) {
                List<StepType> types = runbook.steps().stream().map(Step::type).toList();
                int firstChange = firstIndex(types, StepType.SCALE, StepType.HTTP);
                if (firstChange >= 0) {
                    assertThat(types.subList(0, firstChange)).as(runbook.id()).contains(StepType.APPROVAL);
                    assertThat(types.subList(firstChange, types.size())).as(runbook.id())
                            .contains(StepType.AWAIT_METRIC);
                }
            }
        }

        @Test
        void blockTheClientOfASecurityIncident() {
            Runbook security = RunbookFiles.defaults().stream().filter(r -> r.id().equals("security-incident"))
                    .findFirst().orElseThrow();

            assertThat(security.steps()).extracting(Step::action).contains(
                    new Action.Publish("block-client", Map.of("address", "{{labels.client_ip}}", "key",
                            "{{labels.key}}", "user", "{{labels.user}}", "ttl", "1h")));
        }

        private static int firstIndex(List<StepType> types, StepType... wanted) {
            for (int i = 0; i < types.size(); i++) {
                if (List.of(wanted).contains(types.get(i))) {
                    return i;
                }
            }
            return -1;
        }

        private static List<String> url(Step step) {
            Action action = step == null ? null : step.action();
            if (action instanceof Action.Http http) {
                return List.of(http.url());
            }
            if (action instanceof Action.Notify notify) {
                return List.of(notify.url());
            }
            if (action instanceof Action.Scale scale && scale.target() instanceof Action.HttpScaler scaler) {
                return List.of(scaler.url());
            }
            return List.of();
        }
    }
}
