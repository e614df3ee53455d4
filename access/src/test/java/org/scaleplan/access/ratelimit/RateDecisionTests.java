package org.scaleplan.access.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RateDecisionTests {

    @Test
    void admittedRequestsCarryLimitRemainingAndResetButNoRetryAfter() {
        RateDecision decision = new RateDecision(true, 100, 42, Duration.ZERO, Duration.ofMillis(1_200));
        assertThat(decision.headers()).containsExactly(
                entry("X-RateLimit-Limit", "100"), entry("X-RateLimit-Remaining", "42"),
                entry("X-RateLimit-Reset", "2"));
    }

    @Test
    void refusedRequestsAlsoSayWhenToRetryInWholeSecondsRoundedUp() {
        RateDecision decision = new RateDecision(false, 20, 0, Duration.ofMillis(1_001), Duration.ofSeconds(2));
        assertThat(decision.headers()).containsEntry("Retry-After", "2").containsEntry("X-RateLimit-Remaining", "0");
    }

    @Test
    void neverSaysRetryAfterZero() {
        RateDecision decision = new RateDecision(false, 20, 0, Duration.ofMillis(3), Duration.ofMillis(3));
        assertThat(decision.retryAfterSeconds()).isEqualTo(1);
        assertThat(decision.headers()).containsEntry("X-RateLimit-Reset", "1");
    }

    @Test
    void saysResetZeroForAFullBucket() {
        assertThat(new RateDecision(true, 5, 5, Duration.ZERO, Duration.ZERO).headers())
                .containsEntry("X-RateLimit-Reset", "0");
    }

    private static Map.Entry<String, String> entry(String name, String value) {
        return Map.entry(name, value);
    }
}
