package org.scaleplan.cost.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.EventIds;
import org.scaleplan.contracts.cost.Basis;
import org.scaleplan.contracts.cost.BudgetThresholdCrossed;

class BudgetTrackerTests {

    private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final Budget BUDGET = new Budget(new BigDecimal("1000"), List.of(50, 80, 100),
            Set.of(Basis.ACTUAL, Basis.FORECASTED));

    @Test
    void announcesEachThresholdReachedOncePerMonthAndBasis() {
        BudgetTracker.Step first = BudgetTracker.step("shop", BUDGET, null, NOVEMBER, 400, 850, AT, List.of());
        BudgetTracker.Step again = BudgetTracker.step("shop", BUDGET, first.announced(), NOVEMBER, 450, 900, AT,
                List.of());
        BudgetTracker.Step more = BudgetTracker.step("shop", BUDGET, again.announced(), NOVEMBER, 520, 1010, AT,
                List.of());

        assertThat(first.crossed()).extracting(BudgetThresholdCrossed::basis, BudgetThresholdCrossed::thresholdPercent)
                .containsExactly(tuple(Basis.FORECASTED, 50),
                        tuple(Basis.FORECASTED, 80));
        assertThat(again.crossed()).isEmpty();
        assertThat(more.crossed()).extracting(BudgetThresholdCrossed::basis, BudgetThresholdCrossed::thresholdPercent)
                .containsExactly(tuple(Basis.ACTUAL, 50),
                        tuple(Basis.FORECASTED, 100));
    }

    @Test
    void aNewMonthAnnouncesAgainAndIdsNameTheFact() {
        BudgetTracker.Step november = BudgetTracker.step("shop", BUDGET, null, NOVEMBER, 600, 600, AT, List.of());
        BudgetTracker.Step december = BudgetTracker.step("shop", BUDGET, november.announced(), NOVEMBER.plusMonths(1),
                600, 600, AT, List.of());

        assertThat(december.crossed()).hasSize(2);
        assertThat(november.crossed().get(0).eventId()).isEqualTo(EventIds.of("budget-threshold-crossed", "shop",
                NOVEMBER, Basis.ACTUAL, 50, "1000"));
        assertThat(november.crossed().get(0).amountUsd()).isEqualByComparingTo("600.00");
    }

    @Test
    void aLateLookAtAClosedMonthAnnouncesNothingAndKeepsThisMonths() {
        BudgetTracker.Step december = BudgetTracker.step("shop", BUDGET, null, NOVEMBER.plusMonths(1), 600, 600, AT,
                List.of());
        BudgetTracker.Step lateNovember = BudgetTracker.step("shop", BUDGET, december.announced(), NOVEMBER, 900,
                900, AT, List.of());

        assertThat(lateNovember.crossed()).isEmpty();
        assertThat(lateNovember.announced()).isEqualTo(december.announced());
    }

    @Test
    void aNewBudgetAmountAnnouncesItsThresholdsAfreshButTheSameAmountDoesNot() {
        BudgetTracker.Step first = BudgetTracker.step("shop", BUDGET, null, NOVEMBER, 600, 600, AT, List.of());
        Budget same = new Budget(new BigDecimal("1000.00"), List.of(50, 80, 100), Set.of(Basis.ACTUAL));
        Budget raised = new Budget(new BigDecimal("1100"), List.of(50, 80, 100), Set.of(Basis.ACTUAL));

        assertThat(BudgetTracker.step("shop", same, first.announced(), NOVEMBER, 610, 610, AT, List.of()).crossed())
                .isEmpty();
        assertThat(BudgetTracker.step("shop", raised, first.announced(), NOVEMBER, 610, 610, AT, List.of()).crossed())
                .extracting(BudgetThresholdCrossed::thresholdPercent, c -> c.budgetUsd().toPlainString())
                .containsExactly(tuple(50, "1100"));
    }

    @Test
    void comparesOnlyTheChosenBasis() {
        Budget actualOnly = new Budget(new BigDecimal("100"), List.of(100), Set.of(Basis.ACTUAL));

        assertThat(BudgetTracker.step("shop", actualOnly, null, NOVEMBER, 50, 5000, AT, List.of()).crossed())
                .isEmpty();
    }

    @Test
    void refusesBudgetsThatMeanNothing() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Budget(BigDecimal.ZERO, List.of(50),
                Set.of(Basis.ACTUAL))).withMessageContaining("monthlyUsd");
        assertThatIllegalArgumentException().isThrownBy(() -> new Budget(BigDecimal.TEN, List.of(0),
                Set.of(Basis.ACTUAL))).withMessageContaining("thresholds");
        assertThatIllegalArgumentException().isThrownBy(() -> new Budget(BigDecimal.TEN, List.of(50), Set.of()))
                .withMessageContaining("basis");
    }
}
