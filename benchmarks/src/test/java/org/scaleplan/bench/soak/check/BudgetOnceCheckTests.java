package org.scaleplan.bench.soak.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.scaleplan.bench.soak.fleet.SpendLedger;
import org.scaleplan.contracts.cost.Basis;
import org.scaleplan.contracts.cost.BudgetThresholdCrossed;
import org.scaleplan.contracts.metrics.MetricSample;

class BudgetOnceCheckTests {

    private static final Instant AT = Instant.parse("2027-05-10T10:00:00Z");
    private static final YearMonth MAY = YearMonth.of(2027, 5);

    /** 60 USD spent in May against a 100 USD budget: 50 % reached, 100 % not. */
    private final SpendLedger ledger = ledger(0, 60);

    @Test
    void passesWhenEachReachedThresholdIsAnnouncedOnceOnEachBasis() {
        CheckResult result = BudgetOnceCheck.check(List.of(crossed(Basis.ACTUAL, 50), crossed(Basis.FORECASTED, 50),
                crossed(Basis.FORECASTED, 100)), ledger, List.of("shop"));

        assertThat(result.passed()).as(result.violations().toString()).isTrue();
    }

    @Test
    void failsWhenAThresholdIsAnnouncedTwiceInAMonth() {
        CheckResult result = BudgetOnceCheck.check(List.of(crossed(Basis.ACTUAL, 50), crossed(Basis.FORECASTED, 50),
                crossed(Basis.FORECASTED, 50)), ledger, List.of("shop"));

        assertThat(result.violations()).singleElement().asString().isEqualTo("shop 2027-05 FORECASTED 50%: "
                + "announced 2 times");
    }

    @Test
    void failsWhenAReachedThresholdIsNeverAnnounced() {
        CheckResult result = BudgetOnceCheck.check(List.of(crossed(Basis.ACTUAL, 50)), ledger, List.of("shop"));

        assertThat(result.violations()).singleElement().asString().contains("FORECASTED 50%: reached, never");
    }

    @Test
    void failsWhenTheSpendIsAnnouncedAtAThresholdItStayedWellBelow() {
        CheckResult result = BudgetOnceCheck.check(List.of(crossed(Basis.ACTUAL, 50), crossed(Basis.FORECASTED, 50),
                crossed(Basis.ACTUAL, 100)), ledger, List.of("shop"));

        assertThat(result.violations()).singleElement().asString().contains("ACTUAL 100%: announced, but");
    }

    @Test
    void leavesAThresholdTooCloseToCallEitherWay() {
        SpendLedger close = ledger(0, 50.5);

        assertThat(BudgetOnceCheck.check(List.of(), close, List.of("shop")).passed()).isTrue();
        assertThat(BudgetOnceCheck.check(List.of(crossed(Basis.ACTUAL, 50)), close, List.of("shop")).passed())
                .isTrue();
    }

    static SpendLedger ledger(double... aiValues) {
        SpendLedger ledger = new SpendLedger(Duration.ofMinutes(90), Map.of("shop", 100L), List.of(50, 100));
        List<Double> values = new ArrayList<>();
        for (double value : aiValues) {
            values.add(value);
        }
        for (int i = 0; i < values.size(); i++) {
            Instant at = AT.plus(Duration.ofMinutes(30L * i));
            ledger.record(new MetricSample(UUID.randomUUID(), at, "shop", "cost_usd_total", Map.of("category", "ai"),
                    values.get(i), at.plusSeconds(2)));
        }
        return ledger;
    }

    private static BudgetThresholdCrossed crossed(Basis basis, int threshold) {
        return new BudgetThresholdCrossed(UUID.randomUUID(), AT, "shop", MAY, basis, threshold, BigDecimal.valueOf(100),
                BigDecimal.valueOf(threshold), List.of());
    }
}
