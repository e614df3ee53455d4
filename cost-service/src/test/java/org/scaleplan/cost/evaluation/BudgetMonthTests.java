package org.scaleplan.cost.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.cost.Basis;
import org.scaleplan.contracts.cost.BudgetThresholdCrossed;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.cost.budget.Budget;

class BudgetMonthTests {

    private static final Instant DECEMBER = Instant.parse("2026-12-01T00:00:00Z");

    private final CostEvaluation evaluation = Fixtures.evaluation();
    private SystemCosts costs = SystemCosts.empty();
    private final List<SystemEvent> events = new ArrayList<>();

    @Test
    void aBurstOnTheFirstOfTheMonthLatchesNoForecastedThreshold() {
        costs = costs.withBudget(new Budget(new BigDecimal("1000"), List.of(50, 80, 100), Set.of(Basis.FORECASTED)));
        // 200 USD of ai in the month's first half hour, then nothing more for a day.
        for (int minute = 0; minute <= 24 * 60; minute++) {
            feed("ai", DECEMBER.plus(Duration.ofMinutes(minute)), Math.min(minute, 30) * 200 / 30.0);
        }

        assertThat(events).isEmpty();
    }

    @Test
    void aLateSampleOfAClosedMonthAnnouncesNothingAndKeepsThisMonthsAnnouncements() {
        costs = costs.withBudget(new Budget(new BigDecimal("100"), List.of(50), Set.of(Basis.ACTUAL)));
        feed("ai", DECEMBER, 0);
        feed("ai", DECEMBER.plus(Duration.ofMinutes(1)), 60);
        // A lagging region's counter of November, 30 seconds behind, then December goes on.
        feed("server", DECEMBER.minus(Duration.ofSeconds(60)), 0);
        feed("server", DECEMBER.minus(Duration.ofSeconds(30)), 80);
        feed("ai", DECEMBER.plus(Duration.ofMinutes(2)), 61);

        assertThat(events).singleElement().satisfies(event -> {
            BudgetThresholdCrossed crossed = (BudgetThresholdCrossed) event;
            assertThat(crossed.period()).hasToString("2026-12");
        });
    }

    @Test
    void aLaggingSampleOfTheMonthBeforeIsNotCheckedAgainstThisMonthsForecast() {
        CostEvaluation hourly = Fixtures.hourlyEvaluation();
        costs = costs.withBudget(new Budget(new BigDecimal("1000"), List.of(75), Set.of(Basis.FORECASTED)));
        // 1 USD an hour of ai in eu since November 28: December's forecast is 2 + 1 x 743 hours left = 745.
        Instant start = Instant.parse("2026-11-28T00:00:00Z");
        for (int hour = 0; hour <= 3 * 24 + 1; hour++) {
            Instant at = start.plus(Duration.ofHours(hour));
            apply(hourly, Fixtures.sample("shop", "cost_usd_total", Map.of("category", "ai", "region", "us"), at,
                    hour), at);
        }
        // The first sample of eu, taken a day earlier: as of then, December's forecast would run 767 hours (769).
        apply(hourly, Fixtures.sample("shop", "cost_usd_total", Map.of("category", "ai", "region", "eu"),
                Instant.parse("2026-11-30T01:00:00Z"), 5), DECEMBER.plus(Duration.ofHours(1)));

        assertThat(costs.monthEnd(YearMonth.of(2026, 12), DECEMBER.plus(Duration.ofHours(1)), Fixtures.FORECAST))
                .isEqualTo(745);
        assertThat(events).isEmpty();
    }

    private void apply(CostEvaluation evaluation, MetricSample sample, Instant now) {
        CostEvaluation.Result result = evaluation.apply(costs, sample, now);
        costs = result.costs();
        events.addAll(result.events());
    }

    private void feed(String category, Instant at, double usd) {
        CostEvaluation.Result result = evaluation.apply(costs,
                Fixtures.sample("shop", "cost_usd_total", Map.of("category", category), at, usd), at);
        costs = result.costs();
        events.addAll(result.events());
    }
}
