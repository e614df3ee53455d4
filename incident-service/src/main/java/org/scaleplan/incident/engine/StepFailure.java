package org.scaleplan.incident.engine;

/**
 * An attempt of a step failed. {@code retryable} false means another attempt cannot help (e.g. HTTP 400, a host
 * that is not allowed, an approval that timed out), so the step fails for good at once.
 */
public class StepFailure extends RuntimeException {

    private final boolean retryable;

    public StepFailure(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
