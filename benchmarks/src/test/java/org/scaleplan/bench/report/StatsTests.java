package org.scaleplan.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class StatsTests {

    @Test
    void percentilesAreMeasuredValuesByNearestRank() {
        List<Double> values = new ArrayList<>(IntStream.rangeClosed(1, 100).mapToObj(i -> (double) i).toList());
        Collections.shuffle(values);

        Stats stats = Stats.of(values);

        assertThat(stats.count()).isEqualTo(100);
        assertThat(stats.p50()).isEqualTo(50.0);
        assertThat(stats.p99()).isEqualTo(99.0);
        assertThat(stats.max()).isEqualTo(100.0);
        assertThat(stats.mean()).isEqualTo(50.5);
    }

    @Test
    void withFewValuesP99IsTheLargest() {
        // 10 values: the 99th percentile's rank is ceil(9.9) = 10, the largest; p50's is 5.
        Stats stats = Stats.of(List.of(5.0, 1.0, 9.0, 3.0, 7.0, 2.0, 8.0, 4.0, 6.0, 10.0));

        assertThat(stats.p50()).isEqualTo(5.0);
        assertThat(stats.p99()).isEqualTo(10.0);
    }

    @Test
    void oneValueIsEveryPercentile() {
        assertThat(Stats.of(List.of(42.0))).isEqualTo(new Stats(1, 42.0, 42.0, 42.0, 42.0));
    }

    @Test
    void noValuesGiveNoFigures() {
        Stats stats = Stats.of(List.of());

        assertThat(stats.count()).isZero();
        assertThat(stats.p99()).isNaN();
    }
}
