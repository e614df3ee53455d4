package org.scaleplan.incident.runbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryTests {

    @ParameterizedTest(name = "backoff {0}, max-backoff {1}")
    @CsvSource({
            // doubles from 1s to the cap of 1m within the first attempts
            "PT1S,   PT1M",
            // starts at the cap: every wait is around it
            "PT10S,  PT10S",
            // a cap that is not a power of two times the backoff
            "PT0.1S, PT3S",
    })
    void waitsWithinHalfOfTheDoubledBackoffCappedAtMaxBackoff(Duration backoff, Duration maxBackoff) {
        Retry retry = new Retry(100, backoff, maxBackoff);

        for (int attempt = 1; attempt <= 12; attempt++) {
            long expected = Math.min(backoff.toMillis() << (attempt - 1), maxBackoff.toMillis());
            for (int draw = 0; draw < 200; draw++) {
                long delay = retry.delayAfter(attempt).toMillis();
                assertThat(delay).as("attempt %d", attempt).isBetween(expected / 2, expected * 3 / 2)
                        .isLessThanOrEqualTo(maxBackoff.toMillis() * 3 / 2);
            }
        }
    }

    @Test
    void spreadsTheWaitsOfManyRunsOverTheBand() {
        Retry retry = new Retry(3, Duration.ofSeconds(1), Duration.ofMinutes(1));

        var delays = IntStream.range(0, 1000).mapToLong(i -> retry.delayAfter(1).toMillis()).summaryStatistics();

        assertThat(delays.getMin()).isLessThan(700);
        assertThat(delays.getMax()).isGreaterThan(1300);
    }

    @Test
    void staysBoundedAtTheLastAttempt() {
        Retry retry = new Retry(100, Duration.ofSeconds(1), Duration.ofMinutes(1));

        assertThat(retry.delayAfter(99)).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(90));
    }

    @ParameterizedTest(name = "{0}, {1}, {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
            "0   | PT1S  | PT1M | max-attempts must be between 1 and 100, was 0",
            "101 | PT1S  | PT1M | max-attempts must be between 1 and 100, was 101",
            "3   | PT0S  | PT1M | backoff must be positive, was PT0S",
            "3   | PT-1S | PT1M | backoff must be positive, was PT-1S",
            "3   | PT10S | PT5S | max-backoff must be at least backoff, was PT5S",
    })
    void refusesRetriesThatCannotWork(int maxAttempts, Duration backoff, Duration maxBackoff, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Retry(maxAttempts, backoff, maxBackoff))
                .withMessage(message);
    }

    @Test
    void requiresBothDurations() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Retry(1, null, Duration.ofSeconds(1)))
                .withMessage("backoff is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new Retry(1, Duration.ofSeconds(1), null))
                .withMessage("max-backoff is required");
    }
}
