package org.scaleplan.cost.spend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

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
                .observed("{}", at("2026-11-10T10:00:00Z"), first)
                .observed("{}", at("2026-11-10T10:01:00Z"), second);

        assertThat(spend.monthToDate()).isEqualTo(increase);
    }

    @Test
    void theFirstSampleOfASeriesOnlySetsItsStartingPoint() {
        CategorySpend spend = CategorySpend.startingAt(at("2026-11-10T10:00:00Z"))
                .observed("{}", at("2026-11-10T10:00:00Z"), 500);

        assertThat(spend.monthToDate()).isZero();
    }

    @Test
    void addsUpTheSeriesOfACategoryAndIgnoresASeriesOlderSample() {
        CategorySpend spend = CategorySpend.startingAt(at("2026-11-10T10:00:00Z"))
                .observed("{region=\"eu\"}", at("2026-11-10T10:00:00Z"), 1)
                .observed("{region=\"us\"}", at("2026-11-10T10:00:00Z"), 100)
                .observed("{region=\"eu\"}", at("2026-11-10T11:00:00Z"), 3)
                .observed("{region=\"us\"}", at("2026-11-10T11:00:00Z"), 105)
                .observed("{region=\"us\"}", at("2026-11-10T10:30:00Z"), 50);

        assertThat(spend.monthToDate()).isEqualTo(7);
    }

    @Test
    void aNewMonthStartsFromZeroAndALateSampleOfTheOldMonthDoesNotCountInTheNew() {
        CategorySpend spend = CategorySpend.startingAt(at("2026-11-30T23:00:00Z"))
                .observed("a", at("2026-11-30T23:00:00Z"), 10)
                .observed("a", at("2026-11-30T23:30:00Z"), 15)
                .observed("a", at("2026-12-01T00:30:00Z"), 18)
                .observed("b", at("2026-11-30T23:50:00Z"), 1)
                .observed("b", at("2026-11-30T23:59:00Z"), 4);

        assertThat(spend.period()).isEqualTo(YearMonth.of(2026, 12));
        assertThat(spend.monthToDate()).isEqualTo(3);
    }

    @Test
    void keepsTheSpendOfEachHour() {
        CategorySpend spend = CategorySpend.startingAt(at("2026-11-10T10:00:00Z"))
                .observed("a", at("2026-11-10T10:00:00Z"), 0)
                .observed("a", at("2026-11-10T10:20:00Z"), 2)
                .observed("a", at("2026-11-10T10:40:00Z"), 5)
                .observed("a", at("2026-11-10T11:10:00Z"), 6);

        assertThat(spend.spentBetween(at("2026-11-10T10:00:00Z"), at("2026-11-10T11:00:00Z"))).isEqualTo(5);
        assertThat(spend.spentBetween(at("2026-11-10T10:00:00Z"), at("2026-11-10T12:00:00Z"))).isEqualTo(6);
    }

    @Test
    void pricesAGaugeForTheTimeEachValueHeld() {
        CategorySpend spend = CategorySpend.startingAt(at("2026-11-10T10:00:00Z"))
                .observedGauge("{}", at("2026-11-10T10:00:00Z"), 8, 0.05)
                .observedGauge("{}", at("2026-11-10T10:30:00Z"), 16, 0.05)
                .observedGauge("{}", at("2026-11-10T11:00:00Z"), 16, 0.05);

        // 8 cores for half an hour, then 16 for half an hour, at 5 cents a core-hour.
        assertThat(spend.monthToDate()).isCloseTo(0.2 + 0.4, within(1e-9));
    }

    @Nested
    class WhenASeriesHasGone {

        private final Staleness staleness = new Staleness(Duration.ofMinutes(5));

        @Test
        void aPricedGaugeIsBilledUpToItsEndAndLeaves() {
            CategorySpend spend = CategorySpend.startingAt(at("2026-11-10T10:00:00Z"))
                    .observedGauge("{}", at("2026-11-10T10:00:00Z"), 12, 0.05)
                    .ended(at("2026-11-12T00:00:00Z"), staleness);

            // 12 cores for the 5 minutes the series stays after its last sample, at 5 cents a core-hour.
            assertThat(spend.monthToDate()).isCloseTo(12 * 0.05 / 12, within(1e-9));
            assertThat(spend.spentBetween(at("2026-11-10T10:00:00Z"), at("2026-11-10T11:00:00Z")))
                    .isCloseTo(0.05, within(1e-9));
            assertThat(spend.series()).isEmpty();
        }

        @Test
        void aCounterLeavesWithNothingBilledAndStartsAgainWhenItComesBack() {
            CategorySpend spend = CategorySpend.startingAt(at("2026-11-10T10:00:00Z"))
                    .observed("{}", at("2026-11-10T10:00:00Z"), 10)
                    .observed("{}", at("2026-11-10T10:01:00Z"), 11)
                    .ended(at("2026-11-10T10:06:00Z"), staleness)
                    .observed("{}", at("2026-11-12T00:00:00Z"), 500);

            assertThat(spend.monthToDate()).isEqualTo(1);
            assertThat(spend.series()).containsOnlyKeys("{}");
        }

        @Test
        void aSeriesStaysUntilTheClockHasPassedItsLastSampleByTheStalenessPeriod() {
            CategorySpend spend = CategorySpend.startingAt(at("2026-11-10T10:00:00Z"))
                    .observed("{}", at("2026-11-10T10:00:00Z"), 10);

            assertThat(spend.ended(at("2026-11-10T10:04:59Z"), staleness).series()).hasSize(1);
            assertThat(spend.ended(at("2026-11-10T10:05:00Z"), staleness).series()).isEmpty();
        }

        @Test
        void theHourlySpendKeepsEightDaysUpToTheNewest() {
            CategorySpend spend = CategorySpend.startingAt(at("2026-11-01T00:00:00Z"));
            for (int hour = 0; hour <= 24 * 20; hour++) {
                spend = spend.observed("{}", at("2026-11-01T00:00:00Z").plusSeconds(3600L * hour), hour);
            }

            // The eight days of hours before the newest sample.
            assertThat(spend.hourly()).hasSize(8 * 24);
        }
    }

    private static Instant at(String text) {
        return Instant.parse(text);
    }
}
