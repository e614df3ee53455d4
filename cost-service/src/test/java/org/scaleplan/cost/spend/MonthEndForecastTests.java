package org.scaleplan.cost.spend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.scaleplan.cost.spend.Fixtures.STALENESS;
import static org.scaleplan.cost.spend.Fixtures.counter;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class MonthEndForecastTests {

    private final MonthEndForecast forecast = new MonthEndForecast(Duration.ofHours(24));

    @Test
    void forecastsTheMonthEndFromTheLastDaysRate() {
        CategorySpend spend = steady(at("2026-11-20T00:00:00Z"), 48, 2);
        Instant now = at("2026-11-22T00:00:00Z");

        assertThat(forecast.ratePerHour(spend, now)).isCloseTo(2, within(1e-9));
        // 96 so far, then 2 an hour for the 9 days (216 hours) left of November.
        assertThat(forecast.monthEnd(spend, now)).isCloseTo(96 + 2 * 216, within(1e-9));
    }

    @Test
    void aYoungCategorysRateCountsTheHoursSinceItsFirstSample() {
        CategorySpend spend = steady(at("2026-11-20T10:00:00Z"), 6, 2);

        assertThat(forecast.ratePerHour(spend, at("2026-11-20T16:00:00Z"))).isCloseTo(2, within(1e-9));
    }

    @Test
    void aCategoryWithLessThanTheMinimumHistoryIsForecastAtItsMonthToDate() {
        CategorySpend spend = steady(at("2026-11-20T10:00:00Z"), 23, 2);
        Instant now = at("2026-11-21T09:00:00Z");

        assertThat(forecast.monthEnd(spend, now)).isEqualTo(46);
        assertThat(new MonthEndForecast(Duration.ZERO).monthEnd(spend, now)).isCloseTo(46 + 2 * 231, within(1e-9));
    }

    @Test
    void aSingleBurstCountsOnceAndIsNotExtrapolated() {
        CategorySpend spend = CategorySpend.startingAt(at("2026-11-20T00:00:00Z"))
                .observed("a", counter(at("2026-11-20T00:00:00Z"), 0), STALENESS);
        double total = 0;
        for (int hour = 1; hour <= 48; hour++) {
            total += hour == 40 ? 2 + 500 : 2;
            spend = spend.observed("a", counter(at("2026-11-20T00:00:00Z").plusSeconds(3600L * hour), total),
                    STALENESS);
        }
        Instant now = at("2026-11-22T00:00:00Z");

        assertThat(forecast.ratePerHour(spend, now)).isCloseTo(2, within(1e-9));
        // 596 so far, then 2 an hour for the 216 hours left.
        assertThat(forecast.monthEnd(spend, now)).isCloseTo(596 + 2 * 216, within(1e-9));
    }

    @Test
    void aBurstInTheMonthsFirstHourIsNotTakenForTheMonthsRate() {
        // 2 USD an hour since November 29, then 500 more in December's first hour.
        CategorySpend spend = steady(at("2026-11-29T00:00:00Z"), 48, 2)
                .observed("a", counter(at("2026-12-01T01:00:00Z"), 96 + 2 + 500), STALENESS);
        Instant now = at("2026-12-01T01:00:00Z");

        assertThat(forecast.ratePerHour(spend, now)).isCloseTo(2, within(1e-9));
        // December so far (the burst included), then 2 an hour for the 743 hours left of it.
        assertThat(forecast.monthEnd(spend, now)).isCloseTo(spend.monthToDate() + 2 * 743, within(1e-9));
    }

    /** A counter sampled every half hour from {@code start}, rising {@code perHour} an hour for {@code hours}. */
    private static CategorySpend steady(Instant start, int hours, double perHour) {
        CategorySpend spend = CategorySpend.startingAt(start);
        for (int half = 0; half <= hours * 2; half++) {
            spend = spend.observed("a", counter(start.plusSeconds(1800L * half), perHour * half / 2), STALENESS);
        }
        return spend;
    }

    private static Instant at(String text) {
        return Instant.parse(text);
    }
}
