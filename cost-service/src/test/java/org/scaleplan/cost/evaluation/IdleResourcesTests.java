package org.scaleplan.cost.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scaleplan.cost.model.CostModel;
import org.scaleplan.cost.model.CostModelFile;

class IdleResourcesTests {

    private static final Instant T0 = Instant.parse("2026-11-20T00:00:00Z");
    private static final CostModel MODEL = CostModelFile.load(null);

    /** Readings up to 40 minutes apart: series must stay while they are silent in between. */
    private final CostEvaluation evaluation = Fixtures.hourlyEvaluation();
    private SystemCosts costs = SystemCosts.empty();

    @Test
    void aResourceBelowFivePercentForAnHourIsReportedWithWhatItCosts() {
        feed("cpu_cores", "a", 0, 4);
        feed("cpu_cores", "b", 0, 4);
        feed("cpu_utilization", "a", 0, 0.02);
        feed("cpu_utilization", "b", 0, 0.04);

        assertThat(IdleResources.of(costs, MODEL, T0.plus(Duration.ofMinutes(59)))).isEmpty();
        assertThat(IdleResources.of(costs, MODEL, T0.plus(Duration.ofHours(1)))).singleElement().satisfies(hint -> {
            assertThat(hint.resource()).isEqualTo("cpu_cores");
            assertThat(hint.units()).isEqualTo(8);
            assertThat(hint.idleSince()).isEqualTo(T0);
            // 8 cores at 0.04 USD an hour for an average month of 730.5 hours.
            assertThat(hint.monthlyUsd()).isEqualByComparingTo("233.76");
            assertThat(hint.advice()).contains("below 5% cpu_utilization since 2026-11-20T00:00:00Z");
        });
    }

    @Test
    void oneBusyReadingFromAnySeriesEndsTheIdleStretch() {
        feed("cpu_cores", "a", 0, 4);
        feed("cpu_utilization", "a", 0, 0.01);
        feed("cpu_utilization", "b", 30, 0.50);
        feed("cpu_utilization", "a", 40, 0.01);

        assertThat(costs.utilization().get("cpu_utilization").idleSince()).isEqualTo(T0.plus(Duration.ofMinutes(40)));
        assertThat(IdleResources.of(costs, MODEL, T0.plus(Duration.ofMinutes(90)))).isEmpty();
        assertThat(IdleResources.of(costs, MODEL, T0.plus(Duration.ofMinutes(100)))).hasSize(1);
    }

    @Test
    void anIdleGaugeWithoutPricedUnitsOrWithoutAPricedResourceHintsNothing() {
        feed("cpu_utilization", "a", 0, 0.01);
        feed("database_vcpus", "a", 0, 16);

        assertThat(IdleResources.of(costs, MODEL, T0.plus(Duration.ofHours(2)))).isEmpty();
    }

    private void feed(String metric, String node, int minute, double value) {
        Instant at = T0.plus(Duration.ofMinutes(minute));
        costs = evaluation.apply(costs, Fixtures.sample("shop", metric, Map.of("node", node), at, value), at).costs();
    }
}
