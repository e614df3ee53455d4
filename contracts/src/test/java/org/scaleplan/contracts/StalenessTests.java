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
    void aSeriesHasGoneOnceItsSystemsClockPassedItsLastSampleByThePeriod() {
        assertThat(FIVE_MINUTES.gone(T0, T0.plus(Duration.ofMinutes(5)).minusMillis(1))).isFalse();
        assertThat(FIVE_MINUTES.gone(T0, T0.plus(Duration.ofMinutes(5)))).isTrue();
        assertThat(FIVE_MINUTES.endedAt(T0)).isEqualTo(T0.plus(Duration.ofMinutes(5)));
    }

    @Test
    void aSystemsClockIsItsNewestSampleUnlessItsPartitionIsMoreThanTheSkewAhead() {
        Instant newest = T0;
        // Another client's clock 10 minutes ahead moves nobody else's.
        assertThat(Staleness.systemClock(newest, T0.plus(Duration.ofMinutes(10)))).isEqualTo(newest);
        // A system gone silent follows its partition, the skew behind.
        assertThat(Staleness.systemClock(newest, T0.plus(Duration.ofMinutes(30))))
                .isEqualTo(T0.plus(Duration.ofMinutes(20)));
        assertThat(Staleness.systemClock(null, T0)).isEqualTo(T0.minus(Staleness.SKEW));
    }

    @Test
    void refusesAPeriodThatIsNotPositive() {
        assertThatThrownBy(() -> new Staleness(Duration.ZERO)).hasMessageContaining("must be positive");
    }
}
