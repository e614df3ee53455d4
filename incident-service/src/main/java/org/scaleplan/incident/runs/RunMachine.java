package org.scaleplan.incident.runs;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.incident.RunbookStepFailed;
import org.scaleplan.contracts.incident.RunbookStepStarted;
import org.scaleplan.contracts.incident.RunbookStepSucceeded;
import org.scaleplan.incident.runbooks.OnFailure;
import org.scaleplan.incident.runbooks.Runbook;
import org.scaleplan.incident.runbooks.Step;

/**
 * What a runbook run does next, decided from the last step event of its incident alone, so a run resumed after a
 * crash (or on another instance) does exactly what the crashed one would have: intent ({@code RunbookStepStarted}),
 * act, outcome ({@code RunbookStepSucceeded} or {@code RunbookStepFailed}). An attempt whose start was recorded but
 * not its outcome is performed again, with the same idempotency key; a step whose success was recorded never is.
 */
public final class RunMachine {

    /** The next thing to do for a run. */
    public sealed interface Next {
    }

    /** Record the start of {@code attempt} of {@code step}, then perform it. */
    public record Start(Step step, int attempt) implements Next {
    }

    /** Perform {@code attempt} of {@code step}, whose start is already recorded (a resumed run). */
    public record Perform(Step step, int attempt, RunbookStepStarted started) implements Next {
    }

    /** Wait the retry delay after the failed {@code attempt - 1}, then {@link Start} {@code attempt}. */
    public record RetryLater(Step step, int attempt, RunbookStepFailed failed) implements Next {
    }

    /** Every step is done: the run completed. */
    public record Complete() implements Next {
    }

    /** The run stops and the incident needs a person, for {@code reason}. */
    public record Escalate(String reason, SystemEvent cause) implements Next {
    }

    private RunMachine() {
    }

    /**
     * @param last the incident's last step event, or null when its run has not started
     */
    public static Next next(Runbook runbook, @Nullable SystemEvent last) {
        Objects.requireNonNull(runbook, "runbook");
        if (last == null) {
            return new Start(runbook.step(0), 1);
        }
        if (last instanceof RunbookStepStarted started) {
            return new Perform(step(runbook, started.stepId()), started.attempt(), started);
        }
        if (last instanceof RunbookStepSucceeded succeeded) {
            Step compensated = compensated(runbook, succeeded.stepId());
            if (compensated != null) {
                return new Escalate("step " + compensated.id() + " failed; compensated by " + succeeded.stepId(),
                        succeeded);
            }
            return after(runbook, succeeded.stepId());
        }
        if (last instanceof RunbookStepFailed failed) {
            Step step = step(runbook, failed.stepId());
            if (failed.willRetry()) {
                return new RetryLater(step, failed.attempt() + 1, failed);
            }
            Step compensated = compensated(runbook, failed.stepId());
            if (compensated != null) {
                return new Escalate("step " + compensated.id() + " failed, and so did its compensation "
                        + step.id() + ": " + failed.error(), failed);
            }
            OnFailure onFailure = runbook.onFailure(step);
            return switch (onFailure) {
                case CONTINUE -> after(runbook, step.id());
                case COMPENSATE -> new Start(step.compensate(), 1);
                case ESCALATE -> new Escalate("step " + step.id() + " failed after " + failed.attempt()
                        + (failed.attempt() == 1 ? " attempt: " : " attempts: ") + failed.error(), failed);
            };
        }
        throw new IllegalArgumentException("not a step event: " + last.getClass().getSimpleName());
    }

    /** Whether {@code event} is one of the step events a run is made of. */
    public static boolean isStepEvent(SystemEvent event) {
        return event instanceof RunbookStepStarted || event instanceof RunbookStepSucceeded
                || event instanceof RunbookStepFailed;
    }

    private static Next after(Runbook runbook, String stepId) {
        int index = runbook.steps().indexOf(step(runbook, stepId));
        Step next = runbook.step(index + 1);
        return next == null ? new Complete() : new Start(next, 1);
    }

    /** The step of {@code runbook} with {@code stepId}, a compensating step included. */
    private static Step step(Runbook runbook, String stepId) {
        for (Step step : runbook.steps()) {
            if (step.id().equals(stepId)) {
                return step;
            }
            if (step.compensate() != null && step.compensate().id().equals(stepId)) {
                return step.compensate();
            }
        }
        throw new IllegalStateException("runbook " + runbook.id() + " has no step " + stepId);
    }

    /** When {@code stepId} is a compensating step, the step it compensates; else null. */
    private static @Nullable Step compensated(Runbook runbook, String stepId) {
        return runbook.steps().stream()
                .filter(step -> step.compensate() != null && step.compensate().id().equals(stepId))
                .findFirst()
                .orElse(null);
    }
}
