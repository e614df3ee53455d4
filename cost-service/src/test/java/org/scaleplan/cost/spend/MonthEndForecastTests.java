package org.scaleplan.cost.spend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class MonthEndForecastTests {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @Test
    void forecastsTheMonthEndFromTheLastDaysRate() {
        CategorySpend spend = CategorySpend.empty(NOVEMBER).observed("a", at("2026-11-20T00:00:00Z"), 0);
        for (int hour = 1; hour <= 48; hour++) {
            spend = spend.observed("a", at("2026-11-20T00:00:00Z").plusSeconds(3600L * hour), 2.0 * hour);
        }
        Instant now = at("2026-11-22T00:00:00Z");

        assertThat(MonthEndForecast.ratePerHour(spend, now)).isCloseTo(2, within(1e-9));
        // 96 so far, then 2 an hour for the 9 days (216 hours) left of November.
        assertThat(MonthEndForecast.monthEnd(spend, now)).isCloseTo(96 + 2 * 216, within(1e-9));
    }

    @Test
    void aYoungSeriesRateCountsOnlyTheHoursSeenSoFar() {
        CategorySpend spend = CategorySpend.empty(NOVEMBER)
                .observed("a", at("2026-11-20T10:00:00Z"), 0)
                .observed("a", at("2026-11-20T11:30:00Z"), 6)
                .observed("a", at("2026-11-20T12:30:00Z"), 9);

        assertThat(MonthEndForecast.ratePerHour(spend, at("2026-11-20T13:00:00Z"))).isCloseTo(9 / 2.0, within(1e-9));
    }

    private static Instant at(String text) {
        return Instant.parse(text);
    }
}
