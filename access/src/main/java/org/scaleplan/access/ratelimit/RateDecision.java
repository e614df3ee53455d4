package org.scaleplan.access.ratelimit;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One rate-limit check.
 *
 * @param limit the burst: requests admitted at once after a quiet period
 * @param remaining requests that would be admitted right now after this one
 * @param retryAfter when a refused request may be retried (zero when admitted)
 * @param untilFull when the bucket is full again if no request comes
 */
public record RateDecision(boolean admitted, int limit, long remaining, Duration retryAfter, Duration untilFull) {

    /** {@code X-RateLimit-Limit}, {@code -Remaining}, {@code -Reset} (seconds), and {@code Retry-After} if refused. */
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-RateLimit-Limit", String.valueOf(limit));
        headers.put("X-RateLimit-Remaining", String.valueOf(remaining));
        headers.put("X-RateLimit-Reset", String.valueOf(wholeSeconds(untilFull, 0)));
        if (!admitted) {
            headers.put("Retry-After", String.valueOf(retryAfterSeconds()));
        }
        return headers;
    }

    /** Whole seconds, rounded up and at least 1, as {@code Retry-After} needs. */
    public long retryAfterSeconds() {
        return wholeSeconds(retryAfter, 1);
    }

    private static long wholeSeconds(Duration duration, long atLeast) {
        long millis = duration.toMillis();
        return Math.max(atLeast, (millis + 999) / 1000);
    }
}
