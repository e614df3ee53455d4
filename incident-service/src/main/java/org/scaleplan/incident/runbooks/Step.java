package org.scaleplan.incident.runbooks;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.Require;

/**
 * One step of a runbook: what it does ({@link Action}) and how it is attempted.
 *
 * @param timeout how long one attempt may take (for {@code approval} and {@code await-metric}: the whole wait)
 * @param onFailure what a failure for good leads to; null: the runbook's
 * @param compensate the step run when this one fails for good and {@code onFailure} is {@code COMPENSATE}
 */
public record Step(String id, Action action, Duration timeout, Retry retry, @Nullable OnFailure onFailure,
        @Nullable Step compensate) {

    public Step {
        Require.text(id, "id");
        Require.present(action, "action");
        if (Require.present(timeout, "timeout").isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        Require.present(retry, "retry");
        if ((onFailure == OnFailure.COMPENSATE) != (compensate != null)) {
            throw new IllegalArgumentException("on-failure: compensate and a compensate step go together");
        }
    }

    public StepType type() {
        return StepType.of(action);
    }
}
