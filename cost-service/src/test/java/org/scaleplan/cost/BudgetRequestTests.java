package org.scaleplan.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scaleplan.access.FieldProblem;
import org.scaleplan.contracts.cost.Basis;

class BudgetRequestTests {

    @Test
    void onlyTheAmountIsRequiredAndTheRestDefaultsToTheUsualThresholdsOnBothBases() {
        BudgetRequest request = new BudgetRequest(new BigDecimal("1000"), null, null);

        assertThat(request.problems()).isEmpty();
        assertThat(request.thresholdsOrDefault()).containsExactly(50, 80, 100);
        assertThat(request.basisOrDefault()).containsExactly(Basis.ACTUAL, Basis.FORECASTED);
    }

    @Test
    void namesEveryBadField() {
        BudgetRequest request = new BudgetRequest(BigDecimal.ZERO, Arrays.asList(50, null, 1001),
                List.of("FORECASTED", "actual"));

        assertThat(request.problems()).extracting(FieldProblem::field)
                .containsExactly("monthlyUsd", "thresholds[1]", "thresholds[2]", "basis[1]");
    }

    @Test
    void refusesEmptyListsAndMissingAmounts() {
        assertThat(new BudgetRequest(null, List.of(), List.of()).problems()).extracting(FieldProblem::field)
                .containsExactly("monthlyUsd", "thresholds", "basis");
    }

    @Test
    void sortsAndDeduplicatesTheBasis() {
        assertThat(new BudgetRequest(BigDecimal.ONE, null, List.of("FORECASTED", "ACTUAL", "FORECASTED"))
                .basisOrDefault()).containsExactly(Basis.ACTUAL, Basis.FORECASTED);
    }
}
