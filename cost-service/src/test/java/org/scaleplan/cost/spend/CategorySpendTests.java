package org.scaleplan.cost.spend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.scaleplan.cost.spend.Fixtures.STALENESS;
import static org.scaleplan.cost.spend.Fixtures.counter;
import static org.scaleplan.cost.spend.Fixtures.gauge;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scaleplan.contracts.metrics.Staleness;

class CategorySpendTests {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @ParameterizedTest(name = "{0} then {1}: +{2}")
    @CsvSource({"10, 14, 4", "10, 10, 0", "10, 3, 3", "10, 0, 0"})
    void countsIncreasesAndTakesADropForAResetFromZero(double first, double second, double increase) {
        CategorySpend spend = CategorySpend.startingAt(at("2026-11-10T10:00:00Z"))
                .observed("{}", counter(at("2026-11-10T10:00:00Z"), first), STALENESS)
                .observed("{}", counter(at("2026-11-10T10:01:00Z"), second), STALENESS);

        assertThat(spend.monthToDate()).isEqualTo(increase);
    }

    @Test
    void theFirstSampleOfASeriesOnlySetsItsStartingPoint() {
        CategorySpend spend = CategorySpend.startingAt(at("2026-11-10T10:00:00Z"))
                .observed("{}", counter(at("2026-11-10T10:00:00Z"), 500), STALENESS);

        assertThat(spend.monthToDate()).isZero();
    }

    @Test
    void addsUpTheSeriesOfACategoryAndIgnoresASeriesOlderSample() {
        CategorySpend spend = CategorySpend.startingAt(at("2026-11-10T10:00:00Z"))
                .observed("{region=\"eu\"}", counter(at("2026-11-10T10:00:00Z"), 1), STALENESS)
                .observed("{region=\"us\"}", counter(at("2026-11-10T10:00:00Z"), 100), STALENESS)
                .observed("{region=\"eu\"}", counter(at("2026-11-10T11:00:00Z"), 3), STALENESS)
                .observed("{region=\"us\"}", counter(at("2026-11-10T11:00:00Z"), 105), STALENESS)
                .observed("{region=\"us\"}", counter(at("2026-11-10T10:30:00Z"), 50), STALENESS);

        assertThat(spend.monthToDate()).isEqualTo(7);
    }

    @Test
    void aNewMonthStartsFromZeroAndALateSampleOfTheOldMonthDoesNotCountInTheNew() {
        CategorySpend spend = CategorySpend.startingAt(at("2026-11-30T23:00:00Z"))
                .observed("a", counter(at("2026-11-30T23:00:00Z"), 10), STALENESS)
                .observed("a", counter(at("2026-11-30T23:30:00Z"), 15), STALENESS)
                .observed("a", counter(at("2026-12-01T00:30:00Z"), 18), STALENESS)
                .observed("b", counter(at("2026-11-30T23:50:00Z"), 1), STALENESS)
                .observed("b", counter(at("2026-11-30T23:59:00Z"), 4), STALENESS);

        assertThat(spend.period()).isEqualTo(YearMonth.of(2026, 12));
        assertThat(spend.monthToDate()).isEqualTo(3);
    }

    @Test
    void keepsTheSpendOfEachHour() {
        CategorySpend spend = CategorySpend.startingAt(at("2026-11-10T10:00:00Z"))
                .observed("a", counter(at("2026-11-10T10:00:00Z"), 0), STALENESS)
                .observed("a", counter(at("2026-11-10T10:20:00Z"), 2), STALENESS)
                .observed("a", counter(at("2026-11-10T10:40:00Z"), 5), STALENESS)
                .observed("a", counter(at("2026-11-10T11:10:00Z"), 6), STALENESS);

        assertThat(spend.spentBetween(at("2026-11-10T10:00:00Z"), at("2026-11-10T11:00:00Z"))).isEqualTo(5);
        assertThat(spend.spentBetween(at("2026-11-10T10:00:00Z"), at("2026-11-10T12:00:00Z"))).isEqualTo(6);
    }

    @Test
    void pricesAGaugeForTheTimeEachValueHeld() {
        CategorySpend spend = CategorySpend.startingAt(at("2026-11-10T10:00:00Z"))
                .observed("{}", gauge(at("2026-11-10T10:00:00Z"), 8, 0.05), STALENESS)
                .observed("{}", gauge(at("2026-11-10T10:30:00Z"), 16, 0.05), STALENESS)
                .observed("{}", gauge(at("2026-11-10T11:00:00Z"), 16, 0.05), STALENESS);

        // 8 cores for half an hour, then 16 for half an hour, at 5 cents a core-hour.
        assertThat(spend.monthToDate()).isCloseTo(0.2 + 0.4, within(1e-9));
    }

    @Test
    void aSampleAtOrBeforeItsSeriesNewestIsLateAndChangesNothing() {
        CategorySpend spend = CategorySpend.startingAt(at("2026-11-10T10:00:00Z"))
                .observed("{}", counter(at("2026-11-10T10:00:00Z"), 10), STALENESS)
                .observed("{}", counter(at("2026-11-10T10:01:00Z"), 12), STALENESS);

        assertThat(spend.late("{}", at("2026-11-10T10:01:00Z"))).isTrue();
        assertThat(spend.late("{}", at("2026-11-10T10:00:30Z"))).isTrue();
        assertThat(spend.late("{}", at("2026-11-10T10:01:01Z"))).isFalse();
        assertThat(spend.late("{other}", at("2026-11-10T09:00:00Z"))).isFalse();
        assertThat(spend.observed("{}", counter(at("2026-11-10T10:01:00Z"), 20), STALENESS)).isEqualTo(spend);
    }

    @Nested
    class AcrossAGapLongerThanTheStalenessPeriod {

        private final Staleness staleness = new Staleness(Duration.ofMinutes(5));

        @Test
        void aPricedGaugeIsBilledForTheStalenessPeriodOnly() {
            CategorySpend spend = CategorySpend.startingAt(at("2026-11-10T10:00:00Z"))
                    .observed("{}", gauge(at("2026-11-10T10:00:00Z"), 12, 0.05), staleness)
                    .observed("{}", gauge(at("2026-11-12T00:00:00Z"), 12, 0.05), staleness);

            // 12 cores for 5 minutes, at 5 cents a core-hour, in the hour of the end; none for the rest of the gap.
            assertThat(spend.monthToDate()).isCloseTo(12 * 0.05 / 12, within(1e-9));
            assertThat(spend.spentBetween(at("2026-11-12T00:00:00Z").minusSeconds(3600), at("2026-11-12T00:00:00Z")))
                    .isCloseTo(0.05, within(1e-9));
        }

        @Test
        void aCounterStartsAgainFromItsNewValue() {
            CategorySpend spend = CategorySpend.startingAt(at("2026-11-10T10:00:00Z"))
                    .observed("{}", counter(at("2026-11-10T10:00:00Z"), 10), staleness)
                    .observed("{}", counter(at("2026-11-10T10:04:59Z"), 11), staleness)
                    .observed("{}", counter(at("2026-11-10T10:09:59Z"), 500), staleness)
                    .observed("{}", counter(at("2026-11-10T10:10:00Z"), 502), staleness);

            // A gap of exactly the period is one: the series had ended by then.
            assertThat(spend.monthToDate()).isEqualTo(1 + 2);
        }
    }

    @Nested
    class WhenASeriesHasGone {

        private final Staleness staleness = new Staleness(Duration.ofMinutes(5));

        @Test
        void itHasGoneOnceNothingOfItHasArrivedForTheStalenessPeriodWhateverItsSamplesTime() {
            // Sampled at 10:00, arrived three hours later, as a Prometheus catching up sends it.
            CategorySpend spend = CategorySpend.startingAt(at("2026-11-10T10:00:00Z")).observed("{}",
                    CounterSeries.counter(at("2026-11-10T10:00:00Z"), 10, at("2026-11-10T13:00:00Z")), staleness);

            assertThat(spend.goneBy(at("2026-11-10T13:04:59Z"), staleness)).isEmpty();
            assertThat(spend.goneBy(at("2026-11-10T13:05:00Z"), staleness)).extracting(Map.Entry::getKey)
                    .containsExactly("{}");
        }

        @Test
        void aPricedGaugeIsBilledUpToItsEndAndLeaves() {
            CategorySpend spend = CategorySpend.startingAt(at("2026-11-10T10:00:00Z"))
                    .observed("{}", gauge(at("2026-11-10T10:00:00Z"), 12, 0.05), staleness)
                    .ended("{}", staleness);

            // 12 cores for the 5 minutes the series stays after its last sample, at 5 cents a core-hour.
            assertThat(spend.monthToDate()).isCloseTo(12 * 0.05 / 12, within(1e-9));
            assertThat(spend.spentBetween(at("2026-11-10T10:00:00Z"), at("2026-11-10T11:00:00Z")))
                    .isCloseTo(0.05, within(1e-9));
            assertThat(spend.series()).isEmpty();
        }

        @Test
        void aCounterLeavesWithNothingBilledAndStartsAgainWhenItComesBack() {
            CategorySpend spend = CategorySpend.startingAt(at("2026-11-10T10:00:00Z"))
                    .observed("{}", counter(at("2026-11-10T10:00:00Z"), 10), staleness)
                    .observed("{}", counter(at("2026-11-10T10:01:00Z"), 11), staleness)
                    .ended("{}", staleness)
                    .observed("{}", counter(at("2026-11-10T10:02:00Z"), 500), staleness);

            assertThat(spend.monthToDate()).isEqualTo(1);
            assertThat(spend.series()).containsOnlyKeys("{}");
        }

        @Test
        void theHourlySpendKeepsEightDaysUpToTheNewest() {
            CategorySpend spend = CategorySpend.startingAt(at("2026-11-01T00:00:00Z"));
            for (int hour = 0; hour <= 24 * 20; hour++) {
                spend = spend.observed("{}", counter(at("2026-11-01T00:00:00Z").plusSeconds(3600L * hour), hour),
                        STALENESS);
            }

            // The eight days of hours before the newest sample.
            assertThat(spend.hourly()).hasSize(8 * 24);
        }
    }

    private static Instant at(String text) {
        return Instant.parse(text);
    }
}
