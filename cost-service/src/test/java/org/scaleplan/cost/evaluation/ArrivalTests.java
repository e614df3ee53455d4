package org.scaleplan.cost.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.cost.Basis;
import org.scaleplan.contracts.cost.BudgetThresholdCrossed;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.cost.budget.Budget;

/**
 * What counts depends on each series' own samples and on when they arrived, never on how far behind its system or
 * its partition a series runs: a lagging region and a system catching up after an outage count in full.
 */
class ArrivalTests {

    private static final Instant T0 = Instant.parse("2026-11-10T00:00:00Z");
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    private final CostEvaluation evaluation = Fixtures.evaluation();
    private SystemCosts costs = SystemCosts.empty();
    private final List<Optional<Dropped>> dropped = new ArrayList<>();
    private final List<SystemEvent> events = new ArrayList<>();

    @Test
    void aRegionRunningAnHourBehindItsSystemsOthersCountsInFull() {
        // 1 USD a minute in each region; eu's samples are taken an hour before us's and arrive with them.
        for (int minute = 0; minute <= 60; minute++) {
            Instant now = T0.plus(Duration.ofHours(1)).plus(Duration.ofMinutes(minute));
            feed(counter("us", now, minute), now);
            feed(counter("eu", T0.plus(Duration.ofMinutes(minute)), minute), now);
        }

        assertThat(costs.monthToDate(NOVEMBER)).isEqualTo(60 + 60);
        assertThat(dropped).allMatch(Optional::isEmpty);
    }

    @Test
    void aSystemCatchingUpAfterAnOutageCountsWhatItReplays() {
        for (int minute = 0; minute <= 10; minute++) {
            Instant at = T0.plus(Duration.ofMinutes(minute));
            feed(counter("eu", at, minute), at);
        }
        // Two hours of stream time pass without it, then it sends those two hours within two minutes.
        Instant back = T0.plus(Duration.ofMinutes(130));
        costs = evaluation.expire("shop", costs, back).costs();
        for (int minute = 11; minute <= 130; minute++) {
            feed(counter("eu", T0.plus(Duration.ofMinutes(minute)), minute), back.plusSeconds(minute));
        }

        // Its counter had gone, so its first sample back only starts it again: 1 USD is not counted.
        assertThat(costs.monthToDate(NOVEMBER)).isEqualTo(10 + 119);
        assertThat(dropped).allMatch(Optional::isEmpty);
    }

    @Test
    void aMonthStaysOpenWhileItsSystemCatchesUpAcrossItsEndAndEachThresholdIsAnnouncedOnce() {
        costs = costs.withBudget(new Budget(new BigDecimal("100"), List.of(50, 80), Set.of(Basis.ACTUAL)));
        Instant evening = Instant.parse("2026-11-30T22:00:00Z");
        for (int minute = 0; minute <= 60; minute++) {
            Instant at = evening.plus(Duration.ofMinutes(minute));
            feed(counter("eu", at, minute), at);
        }
        // Stream time passes the month's end without it; then it sends November's last hour and goes on.
        Instant back = Instant.parse("2026-12-01T01:00:00Z");
        costs = evaluation.expire("shop", costs, back).costs();
        for (int minute = 61; minute <= 122; minute++) {
            feed(counter("eu", evening.plus(Duration.ofMinutes(minute)), minute), back.plusSeconds(minute));
        }

        assertThat(events).map(BudgetThresholdCrossed.class::cast)
                .extracting(BudgetThresholdCrossed::period, BudgetThresholdCrossed::thresholdPercent)
                .containsExactly(tuple(NOVEMBER, 50), tuple(NOVEMBER, 80));
        assertThat(costs.monthToDate(YearMonth.of(2026, 12))).isEqualTo(3);
    }

    @Test
    void aSampleAtOrBeforeItsOwnSeriesNewestIsLateAndNotCounted() {
        Instant at = T0.plusSeconds(60);
        feed(counter("eu", T0, 1), T0);
        feed(counter("eu", at, 3), at);
        feed(Fixtures.sample("shop", "cpu_cores", Map.of("node", "a"), at, 4), at);
        feed(Fixtures.sample("shop", "active_users", Map.of(), at, 40), at);
        SystemCosts counted = costs;

        // A retry of each, and a sample of the counter older than its newest.
        feed(counter("eu", at, 3), at.plusSeconds(1));
        feed(Fixtures.sample("shop", "cpu_cores", Map.of("node", "a"), at, 8), at.plusSeconds(1));
        feed(Fixtures.sample("shop", "active_users", Map.of(), at, 50), at.plusSeconds(1));
        feed(counter("eu", T0.plusSeconds(30), 2), at.plusSeconds(1));

        assertThat(dropped.subList(4, 8)).containsOnly(Optional.of(Dropped.LATE));
        assertThat(costs.categories()).isEqualTo(counted.categories());
        assertThat(costs.users()).isEqualTo(counted.users());
    }

    private void feed(MetricSample sample, Instant now) {
        CostEvaluation.Result result = evaluation.apply(costs, sample, now);
        costs = result.costs();
        dropped.add(result.dropped());
        events.addAll(result.events());
    }

    private static MetricSample counter(String region, Instant at, double usd) {
        return Fixtures.sample("shop", "cost_usd_total", Map.of("category", "ai", "region", region), at, usd);
    }
}
