package org.scaleplan.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.metrics.Staleness;

class StalenessTests {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
    private static final Staleness FIVE_MINUTES = Staleness.DEFAULT;

    @Test
    void aSeriesHasGoneOnceNothingOfItArrivedForThePeriod() {
        assertThat(FIVE_MINUTES.gone(T0, T0.plus(Duration.ofMinutes(5)).minusMillis(1))).isFalse();
        assertThat(FIVE_MINUTES.gone(T0, T0.plus(Duration.ofMinutes(5)))).isTrue();
    }

    @Test
    void whatAGoneSeriesKeptOpenEndsThePeriodAfterItsLastSample() {
        assertThat(FIVE_MINUTES.endedAt(T0)).isEqualTo(T0.plus(Duration.ofMinutes(5)));
    }

    @Test
    void refusesAPeriodThatIsNotPositive() {
        assertThatThrownBy(() -> new Staleness(Duration.ZERO)).hasMessageContaining("must be positive");
    }
}
