package org.scaleplan.bench.soak.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.metrics.MetricSample;

class SpendLedgerTests {

    private static final Instant T0 = Instant.parse("2027-03-30T12:00:00Z");
    private static final YearMonth MARCH = YearMonth.of(2027, 3);
    private static final YearMonth APRIL = YearMonth.of(2027, 4);

    private final SpendLedger ledger = new SpendLedger(Duration.ofMinutes(90), Map.of("shop", 100L),
            List.of(50, 100));

    @Test
    void aPricedGaugeCostsItsValueForAsLongAsItHeldIt() {
        cores(T0, 10);
        cores(T0.plus(Duration.ofMinutes(30)), 12);
        cores(T0.plus(Duration.ofMinutes(90)), 12);

        assertThat(monthToDate("server", MARCH)).isCloseTo(10 * 0.04 * 0.5 + 12 * 0.04, within(1e-9));
    }

    @Test
    void aGaugeThatWentSilentIsBilledUpToItsStalenessBoundNotAcrossTheGap() {
        cores(T0, 10);
        ai(T0.plus(Duration.ofHours(3)), 1);
        cores(T0.plus(Duration.ofDays(3)), 10);
        cores(T0.plus(Duration.ofDays(3)).plus(Duration.ofMinutes(30)), 10);

        double staleness = 10 * 0.04 * 1.5;
        double afterReturn = 10 * 0.04 * 0.5;
        assertThat(monthToDate("server", MARCH)).isCloseTo(staleness, within(1e-9));
        assertThat(monthToDate("server", APRIL)).isCloseTo(afterReturn, within(1e-9));
    }

    @Test
    void aCounterCountsItsIncreasesAndAResetFromZero() {
        ai(T0, 5);
        ai(T0.plus(Duration.ofMinutes(30)), 7);
        ai(T0.plus(Duration.ofMinutes(60)), 2);

        assertThat(monthToDate("ai", MARCH)).isCloseTo(2 + 2, within(1e-9));
    }

    @Test
    void aSampleOlderThanItsSeriesNewestIsIgnored() {
        ai(T0, 5);
        ai(T0.plus(Duration.ofMinutes(30)), 7);
        ai(T0.plus(Duration.ofMinutes(10)), 6);
        ai(T0.plus(Duration.ofMinutes(60)), 8);

        assertThat(monthToDate("ai", MARCH)).isCloseTo(3, within(1e-9));
    }

    @Test
    void spendOfAMonthTheSystemHadLeftCountsThereButNotOnTime() {
        Instant endOfMarch = Instant.parse("2027-03-31T23:30:00Z");
        ai(endOfMarch, 0);
        cores(endOfMarch, 10);
        cores(endOfMarch.plus(Duration.ofMinutes(30)), 10);
        ai(Instant.parse("2027-03-31T23:58:00Z"), 60);

        MonthSpend march = ledger.months("shop").get(MARCH);
        assertThat(march.total()).isEqualTo(60);
        assertThat(march.onTime()).isZero();
        assertThat(march.reached(50)).isNull();
        assertThat(ledger.months("shop").get(APRIL).onTime()).isCloseTo(0.2, within(1e-9));
    }

    @Test
    void notesWhenTheOnTimeSpendFirstReachedEachThreshold() {
        ai(T0, 0);
        ai(T0.plus(Duration.ofMinutes(30)), 40);
        ai(T0.plus(Duration.ofMinutes(60)), 70);

        MonthSpend march = ledger.months("shop").get(MARCH);
        assertThat(march.reached(50)).isEqualTo(T0.plus(Duration.ofMinutes(60)));
        assertThat(march.reached(100)).isNull();
    }

    private double monthToDate(String category, YearMonth month) {
        return ledger.months("shop").get(month).byCategory().getOrDefault(category, 0.0);
    }

    private void cores(Instant at, double value) {
        ledger.record(sample("cpu_cores", Map.of("node", "n1"), value, at));
    }

    private void ai(Instant at, double value) {
        ledger.record(sample("cost_usd_total", Map.of("category", "ai"), value, at));
    }

    private static MetricSample sample(String name, Map<String, String> labels, double value, Instant at) {
        return new MetricSample(UUID.randomUUID(), at, "shop", name, labels, value, at.plusSeconds(2));
    }
}
