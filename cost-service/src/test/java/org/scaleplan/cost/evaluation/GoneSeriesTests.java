package org.scaleplan.cost.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.cost.Basis;
import org.scaleplan.cost.budget.Budget;

class GoneSeriesTests {

    private static final Instant T0 = Instant.parse("2026-11-10T00:00:00Z");
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    private final CostEvaluation evaluation = Fixtures.evaluation();
    private SystemCosts costs = SystemCosts.empty();

    @Test
    void aPricedGaugeThatComesBackAfterDaysIsBilledOnlyUpToTheStalenessBound() {
        feed("cpu_cores", Map.of("node", "a"), T0, 10);
        feed("cpu_cores", Map.of("node", "a"), T0.plus(Duration.ofMinutes(1)), 10);
        feed("cpu_cores", Map.of("node", "a"), T0.plus(Duration.ofDays(3)), 10);

        // 10 cores for the minute between samples and the 5 minutes after the last before the gap, at 0.04 USD.
        assertThat(costs.monthToDate(NOVEMBER)).isCloseTo(10 * 6 / 60.0 * 0.04, within(1e-9));
    }

    @Test
    void aPricedGaugeArrivingSteadilyAcrossDaysMissingFromItsSamplesIsBilledOnlyUpToTheStalenessBound() {
        // A Prometheus replaying its log sends samples a minute apart in arrival, with days missing between two.
        feed("cpu_cores", Map.of("node", "a"), T0, 10, T0);
        feed("cpu_cores", Map.of("node", "a"), T0.plus(Duration.ofMinutes(1)), 10, T0.plus(Duration.ofMinutes(1)));
        feed("cpu_cores", Map.of("node", "a"), T0.plus(Duration.ofDays(3)), 10, T0.plus(Duration.ofMinutes(2)));

        assertThat(costs.monthToDate(NOVEMBER)).isCloseTo(10 * 6 / 60.0 * 0.04, within(1e-9));
    }

    @Test
    void aCostCounterThatComesBackAfterItHasGoneOnlySetsANewStartingPoint() {
        feed("cost_usd_total", Map.of("category", "ai"), T0, 100);
        feed("cost_usd_total", Map.of("category", "ai"), T0.plus(Duration.ofMinutes(1)), 101);
        feed("cost_usd_total", Map.of("category", "ai"), T0.plus(Duration.ofDays(3)), 600);
        feed("cost_usd_total", Map.of("category", "ai"), T0.plus(Duration.ofDays(3)).plusSeconds(60), 602);

        assertThat(costs.monthToDate(NOVEMBER)).isEqualTo(1 + 2);
    }

    @Test
    void aCostCounterArrivingSteadilyAcrossDaysMissingFromItsSamplesOnlySetsANewStartingPoint() {
        for (int minute = 0; minute < 4; minute++) {
            Instant at = minute < 2 ? T0.plus(Duration.ofMinutes(minute))
                    : T0.plus(Duration.ofDays(3)).plus(Duration.ofMinutes(minute));
            feed("cost_usd_total", Map.of("category", "ai"), at, minute < 2 ? 100 + minute : 600 + 2 * minute,
                    T0.plus(Duration.ofMinutes(minute)));
        }

        assertThat(costs.monthToDate(NOVEMBER)).isEqualTo(1 + 2);
    }

    @Test
    void seriesThatHaveGoneLeaveTheState() {
        // Pods replaced every 10 minutes for a day, each reporting every minute while it runs.
        for (int minute = 0; minute < 24 * 60; minute++) {
            String pod = "pod-" + minute / 10;
            Instant at = T0.plus(Duration.ofMinutes(minute));
            feed("active_users", Map.of("pod", pod), at, 10);
            feed("cpu_cores", Map.of("pod", pod), at, 2);
            feed("cost_usd_total", Map.of("category", "ai", "pod", pod), at, minute);
        }

        assertThat(costs.users()).hasSizeLessThanOrEqualTo(2);
        assertThat(costs.categories().get("server").series()).hasSizeLessThanOrEqualTo(2);
        assertThat(costs.categories().get("ai").series()).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void aSeriesHasGoneOnceNothingOfItArrivedForTheStalenessPeriodAndEndsAtItsLastSamplePlusThePeriod() {
        costs = costs.withBudget(new Budget(new BigDecimal("0.3"), List.of(100), Set.of(Basis.ACTUAL)));
        // A system whose samples arrive three hours after they were taken, steadily.
        Instant lag = T0.plus(Duration.ofHours(3));
        feed("cpu_cores", Map.of("node", "a"), T0, 100, lag);
        feed("cpu_cores", Map.of("node", "a"), T0.plus(Duration.ofMinutes(1)), 100, lag.plusSeconds(60));

        CostEvaluation.Result staying = evaluation.expire("shop", costs, lag.plusSeconds(60 + 299));
        CostEvaluation.Result gone = evaluation.expire("shop", costs, lag.plusSeconds(60 + 300));

        assertThat(staying.costs()).isSameAs(costs);
        assertThat(gone.costs().categories().get("server").series()).isEmpty();
        // 100 cores for the minute between samples and the 5 minutes after the last, reaching the budget at the end.
        assertThat(gone.costs().monthToDate(NOVEMBER)).isCloseTo(100 * 6 / 60.0 * 0.04, within(1e-9));
        assertThat(gone.events()).singleElement().satisfies(event -> assertThat(event.occurredAt())
                .isEqualTo(T0.plus(Duration.ofMinutes(6))));
    }

    @Test
    void theSweepEndsASilentSystemsGaugeExactlyAsItsNextSampleWould() {
        costs = costs.withBudget(new Budget(new BigDecimal("0.3"), List.of(100), Set.of(Basis.ACTUAL)));
        feed("cpu_cores", Map.of("node", "a"), T0, 100);
        feed("cpu_cores", Map.of("node", "a"), T0.plus(Duration.ofMinutes(1)), 100);
        Instant later = T0.plus(Duration.ofHours(1));

        CostEvaluation.Result swept = evaluation.expire("shop", costs, later);
        CostEvaluation.Result sampled = evaluation.apply(costs,
                Fixtures.sample("shop", "cpu_cores", Map.of("node", "b"), later, 1), later);

        // 100 cores for the minute between samples and the 5 minutes after the last: the budget is reached at the end.
        assertThat(swept.costs().monthToDate(NOVEMBER)).isCloseTo(100 * 6 / 60.0 * 0.04, within(1e-9));
        assertThat(swept.costs().categories().get("server").series()).isEmpty();
        assertThat(swept.events()).singleElement().satisfies(event -> assertThat(event.occurredAt())
                .isEqualTo(T0.plus(Duration.ofMinutes(6))));
        assertThat(sampled.events()).isEqualTo(swept.events());
        assertThat(sampled.costs().monthToDate(NOVEMBER)).isEqualTo(swept.costs().monthToDate(NOVEMBER));
    }

    @Test
    void aSampleOfASeriesThatHasGoneStartsItAfresh() {
        feed("cost_usd_total", Map.of("category", "ai"), T0, 1);

        // Its next sample, a minute after the first, arrives an hour after it.
        CostEvaluation.Result after = evaluation.apply(costs, Fixtures.sample("shop", "cost_usd_total",
                Map.of("category", "ai"), T0.plusSeconds(60), 5), T0.plus(Duration.ofHours(1)));

        assertThat(after.dropped()).isEmpty();
        assertThat(after.costs().monthToDate(NOVEMBER)).isZero();
        assertThat(after.costs().categories().get("ai").series().values()).singleElement()
                .satisfies(series -> assertThat(series.value()).isEqualTo(5));
    }

    @Test
    void aSystemOfWhichNothingArrivesKeepsItsMonthForTheSystemRetentionThenOnlyItsBudget() {
        Budget budget = new Budget(new BigDecimal("100"), List.of(50), Set.of(Basis.ACTUAL));
        costs = costs.withBudget(budget);
        Instant lastDay = Instant.parse("2026-11-30T12:00:00Z");
        feed("active_users", Map.of(), lastDay, 40);
        feed("cost_usd_total", Map.of("category", "ai"), lastDay, 1);
        feed("cost_usd_total", Map.of("category", "ai"), lastDay.plusSeconds(60), 3);

        // Stream time runs on with the other systems of the partition.
        SystemCosts evening = evaluation.expire("shop", costs, lastDay.plus(Duration.ofHours(6))).costs();
        SystemCosts december = evaluation.expire("shop", evening, Instant.parse("2026-12-01T01:00:00Z")).costs();
        Instant retained = lastDay.plusSeconds(60).plus(Fixtures.SYSTEM_RETENTION);
        SystemCosts forgotten = evaluation.expire("shop", december, retained).costs();

        assertThat(evening.users()).isEmpty();
        assertThat(evening.categories().get("ai").series()).isEmpty();
        assertThat(evening.monthToDate(NOVEMBER)).isEqualTo(2);
        // Its own samples are the system's clock: it may be catching up, and November is open until they leave it.
        assertThat(december).isSameAs(evening);
        assertThat(evaluation.expire("shop", december, retained.minusMillis(1)).costs()).isSameAs(december);
        assertThat(forgotten).isEqualTo(SystemCosts.empty().withBudget(budget));
        assertThat(forgotten.withBudget(null).holdsNothing()).isTrue();
    }

    private void feed(String name, Map<String, String> labels, Instant at, double value) {
        feed(name, labels, at, value, at);
    }

    private void feed(String name, Map<String, String> labels, Instant at, double value, Instant arrival) {
        costs = evaluation.apply(costs, Fixtures.sample("shop", name, labels, at, value), arrival).costs();
    }
}
