package org.scaleplan.cost.spend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CategorySpendTests {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @ParameterizedTest(name = "{0} then {1}: +{2}")
    @CsvSource({"10, 14, 4", "10, 10, 0", "10, 3, 3", "10, 0, 0"})
    void countsIncreasesAndTakesADropForAResetFromZero(double first, double second, double increase) {
        CategorySpend spend = CategorySpend.empty(NOVEMBER)
                .observed("{}", at("2026-11-10T10:00:00Z"), first)
                .observed("{}", at("2026-11-10T10:01:00Z"), second);

        assertThat(spend.monthToDate()).isEqualTo(increase);
    }

    @Test
    void theFirstSampleOfASeriesOnlySetsItsStartingPoint() {
        CategorySpend spend = CategorySpend.empty(NOVEMBER).observed("{}", at("2026-11-10T10:00:00Z"), 500);

        assertThat(spend.monthToDate()).isZero();
    }

    @Test
    void addsUpTheSeriesOfACategoryAndIgnoresASeriesOlderSample() {
        CategorySpend spend = CategorySpend.empty(NOVEMBER)
                .observed("{region=\"eu\"}", at("2026-11-10T10:00:00Z"), 1)
                .observed("{region=\"us\"}", at("2026-11-10T10:00:00Z"), 100)
                .observed("{region=\"eu\"}", at("2026-11-10T11:00:00Z"), 3)
                .observed("{region=\"us\"}", at("2026-11-10T11:00:00Z"), 105)
                .observed("{region=\"us\"}", at("2026-11-10T10:30:00Z"), 50);

        assertThat(spend.monthToDate()).isEqualTo(7);
    }

    @Test
    void aNewMonthStartsFromZeroAndALateSampleOfTheOldMonthDoesNotCountInTheNew() {
        CategorySpend spend = CategorySpend.empty(NOVEMBER)
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
        CategorySpend spend = CategorySpend.empty(NOVEMBER)
                .observed("a", at("2026-11-10T10:00:00Z"), 0)
                .observed("a", at("2026-11-10T10:20:00Z"), 2)
                .observed("a", at("2026-11-10T10:40:00Z"), 5)
                .observed("a", at("2026-11-10T11:10:00Z"), 6);

        assertThat(spend.spentBetween(at("2026-11-10T10:00:00Z"), at("2026-11-10T11:00:00Z"))).isEqualTo(5);
        assertThat(spend.spentBetween(at("2026-11-10T10:00:00Z"), at("2026-11-10T12:00:00Z"))).isEqualTo(6);
    }

    @Test
    void pricesAGaugeForTheTimeEachValueHeld() {
        CategorySpend spend = CategorySpend.empty(NOVEMBER)
                .observedGauge("{}", at("2026-11-10T10:00:00Z"), 8, 0.05)
                .observedGauge("{}", at("2026-11-10T10:30:00Z"), 16, 0.05)
                .observedGauge("{}", at("2026-11-10T11:00:00Z"), 16, 0.05);

        // 8 cores for half an hour, then 16 for half an hour, at 5 cents a core-hour.
        assertThat(spend.monthToDate()).isCloseTo(0.2 + 0.4, within(1e-9));
    }

    private static Instant at(String text) {
        return Instant.parse(text);
    }
}
