package org.scaleplan.bench.soak.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scaleplan.bench.soak.check.StoreGrowthCheck.Checkpoint;
import org.scaleplan.bench.soak.check.StoreGrowthCheck.Size;

class StoreGrowthCheckTests {

    private static final List<String> SERVICES = List.of("phase-evaluator", "cost-service");

    @Test
    void passesWhenEveryStoreStaysWithinItsFirstSizeTimesOnePointTwo() {
        CheckResult result = StoreGrowthCheck.check(List.of(evaluator(10, new Size(400, 80_000L)),
                evaluator(50, new Size(480, 70_000L)), evaluator(100, new Size(470, 96_000L))), SERVICES);

        assertThat(result.passed()).isTrue();
        assertThat(result.summary()).contains("1 stores").contains("not reported by cost-service");
    }

    @Test
    void failsWhenTheLastCheckpointHasMoreThanOnePointTwoTimesTheKeys() {
        CheckResult result = StoreGrowthCheck.check(List.of(evaluator(10, new Size(400, 80_000L)),
                evaluator(100, new Size(481, 80_000L))), SERVICES);

        assertThat(result.violations()).singleElement().asString().contains("phase-evaluator alerts: 481 keys");
    }

    @Test
    void failsWhenTheBytesGrewTooEvenWithTheSameKeys() {
        CheckResult result = StoreGrowthCheck.check(List.of(evaluator(10, new Size(400, 80_000L)),
                evaluator(100, new Size(400, 97_000L))), SERVICES);

        assertThat(result.violations()).singleElement().asString().contains("97,000 bytes");
    }

    @Test
    void failsWhenAStoreEmptyAtFirstHoldsKeysAtTheEnd() {
        CheckResult result = StoreGrowthCheck.check(List.of(evaluator(10, new Size(0, null)),
                evaluator(100, new Size(3, null))), SERVICES);

        assertThat(result.passed()).isFalse();
    }

    @Test
    void failsWhenAStoreIsNoLongerReported() {
        CheckResult result = StoreGrowthCheck.check(List.of(evaluator(10, new Size(400, null)),
                new Checkpoint(100, Map.of("phase-evaluator", Map.of()))), SERVICES);

        assertThat(result.violations()).singleElement().asString().contains("not at the last");
    }

    private static Checkpoint evaluator(int day, Size alerts) {
        return new Checkpoint(day, Map.of("phase-evaluator", Map.of("alerts", alerts), "cost-service", Map.of()));
    }
}
