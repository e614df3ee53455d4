package org.scaleplan.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.cost.Basis;
import org.scaleplan.cost.budget.Budget;
import org.scaleplan.cost.evaluation.CostEvaluation;
import org.scaleplan.cost.evaluation.Fixtures;
import org.scaleplan.cost.evaluation.SystemCosts;
import org.scaleplan.cost.model.CostModel;
import org.scaleplan.cost.model.CostModelFile;

class CostReportTests {

    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    private static final CostModel MODEL = CostModelFile.load(null);
    private static final Budget BUDGET = new Budget(new BigDecimal("2000"), List.of(50), Set.of(Basis.ACTUAL));

    /** Sampled hourly, as a billing export reports costs. */
    private final CostEvaluation evaluation = Fixtures.hourlyEvaluation();
    private SystemCosts costs = SystemCosts.empty().withBudget(BUDGET);

    @Test
    void reportsSpendForecastAndCostPerUserOverallAndByCategoryAsOfTheNewestSample() {
        for (int hour = 0; hour <= 24; hour++) {
            feed("cost_usd_total", Map.of("category", "server"), hour, 2.0 * hour);
            feed("cost_usd_total", Map.of("category", "ai"), hour, 1.0 * hour);
        }
        feed("active_users", Map.of(), 24, 1_000);

        CostReport report = CostReport.of("shop", costs, MODEL, Fixtures.FORECAST,
                Instant.parse("2027-01-01T00:00:00Z"));

        assertThat(report.asOf()).isEqualTo(T0.plusSeconds(24 * 3600));
        assertThat(report.period()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(report.monthToDateUsd()).isEqualByComparingTo("72.00");
        assertThat(report.spendRateUsdPerHour()).isEqualByComparingTo("3.00");
        // 72 so far and 3 USD an hour for the 696 hours left.
        assertThat(report.monthEndForecastUsd()).isEqualByComparingTo("2160.00");
        assertThat(report.costPerUserUsd()).isEqualByComparingTo("2.16");
        assertThat(report.categories()).extracting(CostReport.Category::category,
                c -> c.monthToDateUsd().toPlainString(), c -> c.costPerUserUsd().toPlainString())
                .containsExactly(tuple("ai", "24.00", "0.7200"),
                        tuple("server", "48.00", "1.4400"));
        assertThat(report.budget().actualPercent()).isEqualByComparingTo("3.6");
        assertThat(report.budget().forecastPercent()).isEqualByComparingTo("108.0");
        assertThat(report.budget().crossed()).isEmpty();
    }

    @Test
    void aSystemWithOnlyABudgetIsReportedForTheCurrentMonthWithNothingSpent() {
        CostReport report = CostReport.of("shop", costs, MODEL, Fixtures.FORECAST, T0.plusSeconds(3600));

        assertThat(report.period()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(report.monthToDateUsd()).isEqualByComparingTo("0");
        assertThat(report.costPerUserUsd()).isNull();
        assertThat(report.budget().monthlyUsd()).isEqualByComparingTo("2000");
    }

    private void feed(String name, Map<String, String> labels, int hour, double value) {
        Instant at = T0.plusSeconds(hour * 3600L);
        costs = evaluation.apply(costs, Fixtures.sample("shop", name, labels, at, value), at).costs();
    }
}
