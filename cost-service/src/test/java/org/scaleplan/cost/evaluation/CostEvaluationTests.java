package org.scaleplan.cost.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.cost.Basis;
import org.scaleplan.contracts.cost.BudgetThresholdCrossed;
import org.scaleplan.contracts.cost.CostAnomalyDetected;
import org.scaleplan.contracts.cost.CostProjected;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.contracts.phase.Direction;
import org.scaleplan.contracts.phase.PhaseChanged;
import org.scaleplan.cost.budget.Budget;

class CostEvaluationTests {

    private static final Instant T0 = Instant.parse("2026-11-20T00:00:00Z");
    private static final Budget BUDGET = new Budget(new BigDecimal("1000"), List.of(50, 80, 100),
            Set.of(Basis.ACTUAL, Basis.FORECASTED));

    /** Sampled hourly, as a billing export reports costs. */
    private final CostEvaluation evaluation = Fixtures.hourlyEvaluation();
    private SystemCosts costs = SystemCosts.empty().withBudget(BUDGET);
    private final List<SystemEvent> events = new ArrayList<>();

    @Test
    void aCostCurveAnnouncesEachBudgetThresholdOnceAndAnAnomalyOnce() {
        // 1 USD an hour of ai spend for a day and a half, then 40 an hour.
        for (int hour = 0; hour <= 36; hour++) {
            feed(counter("ai", hour, hour));
        }
        for (int hour = 37; hour <= 48; hour++) {
            feed(counter("ai", hour, 36 + 40.0 * (hour - 36)));
        }

        assertThat(events).filteredOn(BudgetThresholdCrossed.class::isInstance).map(BudgetThresholdCrossed.class::cast)
                .extracting(BudgetThresholdCrossed::basis, BudgetThresholdCrossed::thresholdPercent)
                .containsExactly(tuple(Basis.FORECASTED, 50), tuple(Basis.FORECASTED, 80),
                        tuple(Basis.FORECASTED, 100), tuple(Basis.ACTUAL, 50));
        assertThat(events).filteredOn(CostAnomalyDetected.class::isInstance).singleElement()
                .satisfies(anomaly -> assertThat(((CostAnomalyDetected) anomaly).category()).isEqualTo("ai"));
        assertThat(costs.monthToDate(YearMonth.of(2026, 11))).isEqualTo(36 + 40 * 12);
    }

    @Test
    void readsUsersSpendPricedResourcesAndTheirUtilizationOnly() {
        assertThat(List.of("active_users", "cost_usd_total", "database_vcpus", "cpu_utilization"))
                .allMatch(evaluation::reads);
        assertThat(evaluation.reads("http_error_ratio")).isFalse();
    }

    @Test
    void pricedGaugesCountInTheirCategoryAndOtherMetricsInNone() {
        feed(sample("cpu_cores", Map.of(), 0, 10));
        feed(sample("cpu_cores", Map.of(), 7200, 10));
        feed(sample("http_error_ratio", Map.of(), 7200, 0.5));

        assertThat(costs.categories()).containsOnlyKeys("server");
        assertThat(costs.categories().get("server").monthToDate()).isCloseTo(10 * 2 * 0.04, within(1e-9));
    }

    @Test
    void aPhaseChangeIsProjectedWithTheUsageTheSystemRunsAt() {
        for (int hour = 0; hour <= 24; hour++) {
            feed(counter("ai", hour, 2.0 * hour));
        }
        PhaseChanged change = new PhaseChanged(UUID.randomUUID(), T0.plusSeconds(3600L * 24), "shop", 1, 2, "Growth",
                Direction.UP, 1_500, List.of(), List.of());

        CostProjected projected = evaluation.project(costs, change);

        // Phase 2 infrastructure (645) plus ai at 2 USD an hour: 48 so far, then 2 x 240 hours to the month's end.
        assertThat(projected.monthlyUsd()).isEqualByComparingTo("1173.00");
        assertThat(projected.fitsBudget()).isFalse();
    }

    @Test
    void activeUsersAreTheSumOfTheirFreshSeriesAndTheStateRoundTripsThroughJson() {
        feed(sample("active_users", Map.of("region", "eu"), 0, 700));
        feed(sample("active_users", Map.of("region", "us"), 0, 300));
        feed(counter("server", 0, 0));
        feed(counter("server", 1, 5));
        feed(sample("cpu_cores", Map.of("node", "a"), 3600, 4));

        assertThat(costs.activeUsers()).isEqualTo(1000);
        byte[] json = EventJson.mapper().writeValueAsBytes(costs);
        assertThat(EventJson.mapper().readValue(json, SystemCosts.class)).isEqualTo(costs);
    }

    private void feed(MetricSample sample) {
        CostEvaluation.Result result = evaluation.apply(costs, sample, sample.occurredAt());
        costs = result.costs();
        events.addAll(result.events());
    }

    private static MetricSample counter(String category, int hour, double usd) {
        return sample(CostEvaluation.COST_COUNTER, Map.of("category", category), 3600L * hour, usd);
    }

    private static MetricSample sample(String name, Map<String, String> labels, long seconds, double value) {
        Instant at = T0.plusSeconds(seconds);
        return new MetricSample(UUID.randomUUID(), at, "shop", name, labels, value, at);
    }
}
