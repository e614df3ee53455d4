package org.scaleplan.incident.runbooks;

import java.time.Duration;

import io.github.resilience4j.core.IntervalFunction;
import org.scaleplan.contracts.Require;

/**
 * How often a step is attempted and how long it waits between attempts: {@code backoff} doubled after every
 * failure, at most {@code maxBackoff}, each wait drawn at random within ±50% of it (resilience4j's exponential random
 * backoff), so that many runs failing against one target do not retry in step.
 *
 * @param maxAttempts attempts in all, the first included
 */
public record Retry(int maxAttempts, Duration backoff, Duration maxBackoff) {

    /** One attempt only. */
    public static final Retry NONE = new Retry(1, Duration.ofSeconds(1), Duration.ofSeconds(1));

    public Retry {
        Require.between(maxAttempts, 1, 100, "max-attempts");
        if (Require.present(backoff, "backoff").isNegative() || backoff.isZero()) {
            throw new IllegalArgumentException("backoff must be positive, was " + backoff);
        }
        if (Require.present(maxBackoff, "max-backoff").compareTo(backoff) < 0) {
            throw new IllegalArgumentException("max-backoff must be at least backoff, was " + maxBackoff);
        }
    }

    /** The wait before the next attempt after attempt {@code attempt} (1 for the first) failed. */
    public Duration delayAfter(int attempt) {
        IntervalFunction intervals = IntervalFunction.ofExponentialRandomBackoff(backoff, 2.0, 0.5, maxBackoff);
        return Duration.ofMillis(intervals.apply(attempt));
    }
}
