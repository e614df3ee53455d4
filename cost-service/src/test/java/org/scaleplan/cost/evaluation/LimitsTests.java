package org.scaleplan.cost.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.metrics.SeriesLabels;
import org.scaleplan.contracts.metrics.Staleness;

class LimitsTests {

    private static final Instant T0 = Instant.parse("2026-11-10T00:00:00Z");

    private final CostEvaluation evaluation = Fixtures.evaluation(new Limits(Staleness.DEFAULT,
            Fixtures.SYSTEM_RETENTION, 2, 2, 2));
    private SystemCosts costs = SystemCosts.empty();
    private final List<Optional<Dropped>> dropped = new ArrayList<>();

    @Test
    void aNewCategoryBeyondTheLimitIsNotCountedAndTheOthersGoOn() {
        feed("cost_usd_total", Map.of("category", "ai"), 0, 1);
        feed("cost_usd_total", Map.of("category", "cdn"), 0, 1);
        feed("cost_usd_total", Map.of("category", "made-up"), 0, 1);
        feed("cost_usd_total", Map.of("category", "ai"), 60, 4);

        assertThat(costs.categories()).containsOnlyKeys("ai", "cdn");
        assertThat(costs.categories().get("ai").monthToDate()).isEqualTo(3);
        assertThat(dropped).containsExactly(Optional.empty(), Optional.empty(),
                Optional.of(Dropped.CATEGORIES_PER_SYSTEM), Optional.empty());
    }

    @Test
    void aNewSeriesBeyondTheLimitOfItsCategoryIsNotCounted() {
        for (String pod : List.of("a", "b", "c")) {
            feed("cpu_cores", Map.of("pod", pod), 0, 4);
        }

        assertThat(costs.categories().get("server").series()).hasSize(2);
        assertThat(dropped.get(2)).contains(Dropped.SERIES_PER_CATEGORY);
    }

    @Test
    void aNewUsersSeriesBeyondTheLimitIsNotCountedButTheSystemsClockMovesOn() {
        for (String region : List.of("eu", "us", "ap")) {
            feed("active_users", Map.of("region", region), 0, 100);
        }
        feed("active_users", Map.of("region", "moon"), 30, 100);

        assertThat(costs.activeUsers()).isEqualTo(200);
        assertThat(dropped.get(3)).contains(Dropped.USERS_SERIES_PER_SYSTEM);
        assertThat(costs.asOf()).isEqualTo(T0.plusSeconds(30));
    }

    @Test
    void aSeriesThatHasGoneMakesRoomForANewOne() {
        feed("cpu_cores", Map.of("pod", "a"), 0, 4);
        feed("cpu_cores", Map.of("pod", "b"), 0, 4);
        feed("cpu_cores", Map.of("pod", "c"), 600, 4);

        assertThat(costs.categories().get("server").series())
                .containsOnlyKeys("cpu_cores" + SeriesLabels.text(Map.of("pod", "c")));
        assertThat(dropped).allMatch(Optional::isEmpty);
    }

    @Test
    void theSystemRetentionMustBeLongerThanTheStalenessPeriod() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Limits(Staleness.DEFAULT, Duration.ofMinutes(5),
                1, 1, 1)).withMessageContaining("system-retention");
    }

    private void feed(String name, Map<String, String> labels, long seconds, double value) {
        Instant at = T0.plusSeconds(seconds);
        CostEvaluation.Result result = evaluation.apply(costs, Fixtures.sample("shop", name, labels, at, value), at);
        costs = result.costs();
        dropped.add(result.dropped());
    }
}
