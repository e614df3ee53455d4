package org.scaleplan.incident.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.incident.IncidentSource;
import org.scaleplan.contracts.incident.RunbookStepFailed;
import org.scaleplan.contracts.incident.RunbookStepStarted;
import org.scaleplan.contracts.incident.RunbookStepSucceeded;
import org.scaleplan.incident.runbooks.Action;
import org.scaleplan.incident.runbooks.OnFailure;
import org.scaleplan.incident.runbooks.Retry;
import org.scaleplan.incident.runbooks.Runbook;
import org.scaleplan.incident.runbooks.Step;
import org.scaleplan.incident.runbooks.Trigger;
import org.scaleplan.incident.runs.RunMachine.Complete;
import org.scaleplan.incident.runs.RunMachine.Escalate;
import org.scaleplan.incident.runs.RunMachine.Next;
import org.scaleplan.incident.runs.RunMachine.Perform;
import org.scaleplan.incident.runs.RunMachine.RetryLater;
import org.scaleplan.incident.runs.RunMachine.Start;

class RunMachineTests {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

    private static final Step ROLLBACK = step("rollback", null, null);
    private static final Step PAGE = step("page", OnFailure.CONTINUE, null);
    private static final Step SCALE = step("scale", OnFailure.COMPENSATE, ROLLBACK);
    private static final Step VERIFY = step("verify", null, null);
    private static final Runbook RUNBOOK = new Runbook("high-error-rate",
            new Trigger(IncidentSource.ALERT, Map.of()), List.of(PAGE, SCALE, VERIFY), OnFailure.ESCALATE);

    @Test
    void aRunNotStartedStartsWithTheFirstStep() {
        assertThat(RunMachine.next(RUNBOOK, null)).isEqualTo(new Start(PAGE, 1));
    }

    @Test
    void anAttemptStartedButNotFinishedIsPerformedAgainAsTheSameAttempt() {
        RunbookStepStarted started = started("scale", 2);

        assertThat(RunMachine.next(RUNBOOK, started)).isEqualTo(new Perform(SCALE, 2, started));
    }

    @ParameterizedTest(name = "after {0} succeeded: {1}")
    @CsvSource({"page, scale", "scale, verify"})
    void aSucceededStepLeadsToTheNextAndNeverRunsAgain(String done, String next) {
        Next decided = RunMachine.next(RUNBOOK, succeeded(done));

        assertThat(decided).isInstanceOfSatisfying(Start.class, start -> {
            assertThat(start.step().id()).isEqualTo(next);
            assertThat(start.attempt()).isEqualTo(1);
        });
    }

    @Test
    void theLastStepSucceededCompletesTheRun() {
        assertThat(RunMachine.next(RUNBOOK, succeeded("verify"))).isEqualTo(new Complete());
    }

    @Test
    void aFailedAttemptThatWillBeRetriedIsRetriedAsTheNextAttempt() {
        RunbookStepFailed failed = failed("verify", 1, true);

        assertThat(RunMachine.next(RUNBOOK, failed)).isEqualTo(new RetryLater(VERIFY, 2, failed));
    }

    @Test
    void aStepFailedForGoodFollowsItsOnFailure() {
        assertThat(RunMachine.next(RUNBOOK, failed("page", 1, false))).isEqualTo(new Start(SCALE, 1));
        assertThat(RunMachine.next(RUNBOOK, failed("scale", 3, false))).isEqualTo(new Start(ROLLBACK, 1));
        assertThat(RunMachine.next(RUNBOOK, failed("verify", 3, false))).isInstanceOfSatisfying(Escalate.class,
                escalate -> assertThat(escalate.reason()).isEqualTo("step verify failed after 3 attempts: HTTP 503"));
    }

    @Test
    void aCompensationEndsTheRunInEscalationWhetherItSucceedsOrFails() {
        assertThat(RunMachine.next(RUNBOOK, succeeded("rollback"))).isInstanceOfSatisfying(Escalate.class,
                escalate -> assertThat(escalate.reason()).isEqualTo("step scale failed; compensated by rollback"));
        assertThat(RunMachine.next(RUNBOOK, failed("rollback", 1, false))).isInstanceOfSatisfying(Escalate.class,
                escalate -> assertThat(escalate.reason())
                        .isEqualTo("step scale failed, and so did its compensation rollback: HTTP 503"));
    }

    @Test
    void aStepTheRunbookDoesNotHaveIsAnError() {
        assertThatIllegalStateException().isThrownBy(() -> RunMachine.next(RUNBOOK, succeeded("gone")))
                .withMessageContaining("has no step gone");
    }

    @Test
    void replayingARecordedRunStepByStepDecidesWhatTheLiveRunDid() {
        List<SystemEvent> recorded = List.of(started("page", 1), failed("page", 1, false), started("scale", 1),
                succeeded("scale"), started("verify", 1), failed("verify", 1, true), started("verify", 2),
                succeeded("verify"));
        List<Class<?>> decisions = recorded.stream().map(event -> RunMachine.next(RUNBOOK, event))
                .<Class<?>>map(Object::getClass).toList();

        assertThat(decisions).containsExactly(Perform.class, Start.class, Perform.class, Start.class, Perform.class,
                RetryLater.class, Perform.class, Complete.class);
    }

    private static Step step(String id, OnFailure onFailure, Step compensate) {
        return new Step(id, new Action.Wait(Duration.ofSeconds(1)), Duration.ofSeconds(10),
                new Retry(3, Duration.ofSeconds(1), Duration.ofSeconds(10)),
                onFailure, compensate);
    }

    private static RunbookStepStarted started(String step, int attempt) {
        return new RunbookStepStarted(UUID.randomUUID(), T0, "shop", "inc-1", RUNBOOK.id(), step, "wait", attempt,
                List.of(UUID.randomUUID()));
    }

    private static RunbookStepSucceeded succeeded(String step) {
        return new RunbookStepSucceeded(UUID.randomUUID(), T0, "shop", "inc-1", RUNBOOK.id(), step, 1, "done",
                List.of(UUID.randomUUID()));
    }

    private static RunbookStepFailed failed(String step, int attempt, boolean willRetry) {
        return new RunbookStepFailed(UUID.randomUUID(), T0, "shop", "inc-1", RUNBOOK.id(), step, attempt, "HTTP 503",
                willRetry, List.of(UUID.randomUUID()));
    }
}
