package org.scaleplan.cost.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.cost.Basis;
import org.scaleplan.contracts.cost.BudgetThresholdCrossed;
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

    private void feed(String category, Instant at, double usd) {
        CostEvaluation.Result result = evaluation.apply(costs,
                Fixtures.sample("shop", "cost_usd_total", Map.of("category", category), at, usd), at);
        costs = result.costs();
        events.addAll(result.events());
    }
}
