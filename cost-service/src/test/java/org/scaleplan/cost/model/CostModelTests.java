package org.scaleplan.cost.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.scaleplan.config.InvalidConfigException;
import org.scaleplan.contracts.EventIds;
import org.scaleplan.contracts.cost.Basis;
import org.scaleplan.contracts.cost.CostProjected;
import org.scaleplan.contracts.phase.Direction;
import org.scaleplan.contracts.phase.PhaseChanged;
import org.scaleplan.cost.budget.Budget;

class CostModelTests {

    private static final CostModel SHIPPED = CostModelFile.load(null);

    @Test
    void theShippedModelPricesResourcesAndEveryPhase() {
        assertThat(SHIPPED.price("cpu_cores")).hasValueSatisfying(price -> {
            assertThat(price.category()).isEqualTo("server");
            assertThat(price.usdPerUnitHour()).isEqualTo(0.04);
        });
        assertThat(SHIPPED.measuredBy("cpu_utilization")).extracting(CostModel.ResourcePrice::metric)
                .containsExactly("cpu_cores");
        assertThat(SHIPPED.measuredBy("cpu_cores")).isEmpty();
        assertThat(SHIPPED.monthlyInfrastructure(1)).isEqualByComparingTo("170");
        assertThat(SHIPPED.monthlyInfrastructure(2)).isEqualByComparingTo("645");
        assertThat(SHIPPED.monthlyInfrastructure(4)).isGreaterThan(SHIPPED.monthlyInfrastructure(3));
    }

    @Test
    void aPhaseChangeIsProjectedWithItsCostPerUserAndBudgetFit() {
        PhaseChanged change = new PhaseChanged(UUID.randomUUID(), Instant.parse("2026-11-27T10:00:00Z"), "shop", 1, 2,
                "Growth", Direction.UP, 1_000, List.of(), List.of());
        Budget budget = new Budget(new BigDecimal("1000"), List.of(100), Set.of(Basis.FORECASTED));

        CostProjected projected = PhaseProjection.project(change, SHIPPED, 300, budget);

        assertThat(projected.monthlyUsd()).isEqualByComparingTo("945.00");
        assertThat(projected.costPerUserUsd()).isEqualByComparingTo("0.945");
        assertThat(projected.fitsBudget()).isTrue();
        assertThat(projected.eventId()).isEqualTo(EventIds.of("cost-projected", change.eventId()));
        assertThat(PhaseProjection.project(change, SHIPPED, 400, budget).fitsBudget()).isFalse();
        assertThat(PhaseProjection.project(change, SHIPPED, 0, null).fitsBudget()).isNull();
    }

    @Test
    void aBadModelNamesEveryProblemWithItsLine() {
        String text = """
                resources:
                  - {metric: cpu_cores, category: server, usd-per-unit-hour: cheap}
                  - {metric: gpus, usd-per-unit-hour: -1}
                phases:
                  5: {moon base: 1}
                  2: {load balancer: lots}
                """;

        assertThatExceptionOfType(InvalidConfigException.class).isThrownBy(() -> CostModelFile.parse("m.yml", text))
                .satisfies(e -> assertThat(e.problems()).containsExactly(
                        "m.yml:2: usd-per-unit-hour: must be a finite number, was cheap",
                        "m.yml:3: category: is required",
                        "m.yml:5: 5: unknown key (expected one of [1, 2, 3, 4])",
                        "m.yml:6: phases.2.load balancer: must be a finite number, was lots"));
    }
}
