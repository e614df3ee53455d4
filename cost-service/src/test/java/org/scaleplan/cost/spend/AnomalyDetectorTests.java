package org.scaleplan.cost.spend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scaleplan.cost.spend.Fixtures.STALENESS;
import static org.scaleplan.cost.spend.Fixtures.counter;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.cost.CostAnomalyDetected;

class AnomalyDetectorTests {

    private static final Instant T0 = Instant.parse("2026-11-20T00:00:00Z");
    private final AnomalyDetector detector = new AnomalyDetector(3, 1);

    @Test
    void aSpendRateFarAboveTheDaysBaselineIsAnAnomalyOnce() {
        CategorySpend spend = steady(30, 2);
        // From hour 30 on, 20 USD an hour instead of 2.
        spend = spend.observed("a", counter(T0.plusSeconds(3600L * 30 + 1800), 60 + 10), STALENESS)
                .observed("a", counter(T0.plusSeconds(3600L * 31), 60 + 20), STALENESS);
        Instant now = T0.plusSeconds(3600L * 31);

        AnomalyDetector.Step first = detector.step("shop", "ai", spend, false, now, List.of());
        AnomalyDetector.Step again = detector.step("shop", "ai", spend, first.anomalous(), now, List.of());

        assertThat(first.anomalous()).isTrue();
        CostAnomalyDetected anomaly = first.detected().orElseThrow();
        assertThat(anomaly.baselineUsdPerHour()).isEqualByComparingTo("2.00");
        assertThat(anomaly.observedUsdPerHour()).isEqualByComparingTo("20.00");
        assertThat(anomaly.impactUsdPerHour()).isEqualByComparingTo("18.00");
        assertThat(anomaly.impactPercent()).isEqualTo(900);
        assertThat(again.anomalous()).isTrue();
        assertThat(again.detected()).isEmpty();
    }

    @Test
    void steadySpendIsNoAnomaly() {
        CategorySpend spend = steady(40, 2);

        assertThat(detector.step("shop", "ai", spend, false, T0.plusSeconds(3600L * 40), List.of()).anomalous())
                .isFalse();
    }

    @Test
    void steadySpendWithLessThanADayOfHistoryIsNoAnomalyEither() {
        // Seven hours at 5 USD: the baseline is the 6 hours before the last one, 5 an hour, not 30 USD over a day.
        CategorySpend spend = steady(7, 5);

        assertThat(detector.step("shop", "ai", spend, false, T0.plusSeconds(3600L * 7), List.of()).anomalous())
                .isFalse();
        CategorySpend jump = steady(7, 5).observed("a", counter(T0.plusSeconds(3600L * 8), 35 + 20), STALENESS);
        assertThat(detector.step("shop", "ai", jump, false, T0.plusSeconds(3600L * 8), List.of()).detected())
                .hasValueSatisfying(anomaly -> assertThat(anomaly.baselineUsdPerHour()).isEqualByComparingTo("5.00"));
    }

    @Test
    void tooLittleHistoryOrNoBaselineSpendDecidesNothing() {
        CategorySpend young = steady(4, 2).observed("a", counter(T0.plusSeconds(3600L * 5), 100), STALENESS);
        CategorySpend silent = CategorySpend.startingAt(T0).observed("a", counter(T0, 0), STALENESS)
                .observed("a", counter(T0.plusSeconds(3600L * 30), 0), STALENESS)
                .observed("a", counter(T0.plusSeconds(3600L * 31), 100), STALENESS);

        assertThat(detector.step("shop", "ai", young, false, T0.plusSeconds(3600L * 5), List.of()).anomalous())
                .isFalse();
        assertThat(detector.step("shop", "ai", silent, false, T0.plusSeconds(3600L * 31), List.of()).anomalous())
                .isFalse();
    }

    @Test
    void aSmallAbsoluteImpactIsNoAnomaly() {
        CategorySpend pennies = CategorySpend.startingAt(T0).observed("a", counter(T0, 0), STALENESS);
        for (int hour = 1; hour <= 30; hour++) {
            pennies = pennies.observed("a", counter(T0.plusSeconds(3600L * hour), 0.01 * hour), STALENESS);
        }
        pennies = pennies.observed("a", counter(T0.plusSeconds(3600L * 31), 0.30 + 0.5), STALENESS);

        assertThat(detector.step("shop", "ai", pennies, false, T0.plusSeconds(3600L * 31), List.of()).anomalous())
                .isFalse();
    }

    /** A counter growing by {@code perHour} every hour for {@code hours} hours. */
    private static CategorySpend steady(int hours, double perHour) {
        CategorySpend spend = CategorySpend.startingAt(T0).observed("a", counter(T0, 0), STALENESS);
        for (int hour = 1; hour <= hours; hour++) {
            spend = spend.observed("a", counter(T0.plusSeconds(3600L * hour), perHour * hour), STALENESS);
        }
        return spend;
    }
}
