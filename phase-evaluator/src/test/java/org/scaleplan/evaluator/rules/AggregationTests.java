package org.scaleplan.evaluator.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scaleplan.evaluator.rules.RuleState.Point;

class AggregationTests {

    /** Points 10 s apart from {@link Fixtures#T0} with the given values. */
    private static List<Point> every10s(double... values) {
        return IntStream.range(0, values.length)
                .mapToObj(i -> new Point(Fixtures.T0.plusSeconds(10L * i), values[i]))
                .toList();
    }

    private static double[] values(String spaced) {
        return Arrays.stream(spaced.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
    }

    @ParameterizedTest(name = "{0} over [{1}] = {2}")
    @CsvSource(delimiter = '|', value = {
            // aggregation | values, 10 s apart | expected
            "avg  | 1 2 3 6       | 3",
            "min  | 4 2 3 6       | 2",
            "max  | 4 2 3 6       | 6",
            "sum  | 4 2 3 6       | 15",
            "avg  | 0.07          | 0.07",           // a single sample is its own aggregate
            "rate | 0 10 20 30    | 1",              // +30 in 30 s
            "rate | 100 110 5 15  | 0.8333333333",   // reset after 110: +10, +5 (new value), +10 = 25 in 30 s
            "rate | 100 0 0       | 0",              // reset to 0 and flat: no increase
            "rate | 42            | 0",              // one sample: no increase to measure
            "p95  | 5 1 4 2 3     | 5",              // rank ceil(0.95*5) = 5
            "p99  | 5 1 4 2 3     | 5",
    })
    void aggregatesEverySampleInTheWindow(String aggregation, String values, double expected) {
        double actual = Aggregation.named(aggregation).orElseThrow().over(every10s(values(values)));

        assertThat(actual).isCloseTo(expected, within(1e-9));
    }

    @ParameterizedTest(name = "{0} of 1..{1} = {2}")
    @CsvSource(delimiter = '|', value = {
            // percentile | values 1..n | nearest rank
            "p95 | 100 | 95",
            "p99 | 100 | 99",
            "p95 | 20  | 19",    // ceil(0.95*20) = 19
            "p99 | 20  | 20",    // ceil(0.99*20) = 20
            "p95 | 10  | 10",    // ceil(9.5) = 10
            "p99 | 1   | 1",
    })
    void takesPercentilesByNearestRank(String aggregation, int n, double expected) {
        double[] shuffledOneToN = IntStream.rangeClosed(1, n).map(i -> (i * 37) % n + 1).asDoubleStream().toArray();

        assertThat(Aggregation.named(aggregation).orElseThrow().over(every10s(shuffledOneToN))).isEqualTo(expected);
    }

    @Test
    void isNamedInLowerCaseInRuleFiles() {
        assertThat(Aggregation.named("p99")).contains(Aggregation.P99);
        assertThat(Aggregation.named("AVG")).isEmpty();
        assertThat(Aggregation.named("median")).isEmpty();
    }
}
