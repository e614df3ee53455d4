package org.scaleplan.bench.soak.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.scaleplan.bench.soak.fleet.SpendLedger;
import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.cost.Basis;
import org.scaleplan.contracts.cost.BudgetThresholdCrossed;
import org.scaleplan.contracts.cost.CostAnomalyDetected;

class GapSpendCheckTests {

    private static final Instant RETURNED = Instant.parse("2027-05-10T10:00:00Z");
    private static final YearMonth MAY = YearMonth.of(2027, 5);
    private static final GapSpendCheck.Gap GAP = new GapSpendCheck.Gap(List.of("shop"),
            RETURNED.minus(Duration.ofDays(3)), RETURNED, MAY, Duration.ofMinutes(30));
    private static final Map<String, Map<String, Double>> LEDGER_SAID = Map.of("shop", Map.of("server", 129.92),
            "mall", Map.of("server", 200.0, "ai", 12.5));

    private final SpendLedger ledger = BudgetOnceCheckTests.ledger(0, 40, 60);

    @Test
    void passesWhenEveryMonthToDateIsTheLedgersToTheCent() {
        CheckResult result = GapSpendCheck.check(GAP, Map.of("shop", Map.of("server", 129.92), "mall",
                Map.of("server", 200.0, "ai", 12.51)), LEDGER_SAID, ledger, List.of());

        assertThat(result.passed()).as(result.violations().toString()).isTrue();
    }

    @Test
    void failsWhenTheGapWasBilled() {
        CheckResult result = GapSpendCheck.check(GAP, Map.of("shop", Map.of("server", 152.64), "mall",
                Map.of("server", 200.0, "ai", 12.5)), LEDGER_SAID, ledger, List.of());

        assertThat(result.violations()).singleElement().asString().isEqualTo("shop 2027-05 server: month-to-date "
                + "152.64 USD, should be 129.92");
    }

    @Test
    void failsWhenACategoryTheLedgerHasIsMissing() {
        CheckResult result = GapSpendCheck.check(GAP, Map.of("shop", Map.of("server", 129.92), "mall",
                Map.of("server", 200.0)), LEDGER_SAID, ledger, List.of());

        assertThat(result.violations()).singleElement().asString().contains("mall 2027-05 ai");
    }

    @Test
    void failsOnAnAnomalyAroundTheGap() {
        CheckResult result = GapSpendCheck.check(GAP, Map.of(), Map.of(), ledger, List.of(anomaly(RETURNED)));

        assertThat(result.violations()).singleElement().asString().contains("anomaly in server");
    }

    @Test
    void failsOnABudgetAnnouncementAtTheReturnTheLedgerDidNotReach() {
        CheckResult result = GapSpendCheck.check(GAP, Map.of(), Map.of(), ledger, List.of(crossed(Basis.FORECASTED,
                80, RETURNED)));

        assertThat(result.violations()).singleElement().asString().contains("on its gauge's return");
    }

    @Test
    void takesAnAnnouncementAtTheReturnWhereTheLedgersSpendReachedIt() {
        Instant reached = Instant.parse("2027-05-10T11:00:00Z");

        CheckResult result = GapSpendCheck.check(new GapSpendCheck.Gap(List.of("shop"), reached.minus(
                Duration.ofDays(3)), reached, MAY, Duration.ofMinutes(30)), Map.of(), Map.of(), ledger,
                List.of(crossed(Basis.ACTUAL, 50, reached), anomaly(reached.plus(Duration.ofDays(2)))));

        assertThat(result.passed()).as(result.violations().toString()).isTrue();
    }

    private static SystemEvent anomaly(Instant at) {
        return new CostAnomalyDetected(UUID.randomUUID(), at, "shop", "server", BigDecimal.ONE, BigDecimal.TEN,
                BigDecimal.valueOf(9), 900, List.of());
    }

    private static SystemEvent crossed(Basis basis, int threshold, Instant at) {
        return new BudgetThresholdCrossed(UUID.randomUUID(), at, "shop", MAY, basis, threshold,
                BigDecimal.valueOf(100), BigDecimal.valueOf(threshold), List.of());
    }
}
