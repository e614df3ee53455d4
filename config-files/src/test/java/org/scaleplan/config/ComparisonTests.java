package org.scaleplan.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComparisonTests {

    @ParameterizedTest(name = "{0} {1} {2} is {3}")
    @CsvSource(delimiter = '|', value = {
            // value | op | threshold | holds
            "0.06 | >  | 0.05 | true",
            "0.05 | >  | 0.05 | false",   // strictly greater
            "0.05 | >= | 0.05 | true",
            "0.04 | >= | 0.05 | false",
            "0.04 | <  | 0.05 | true",
            "0.05 | <  | 0.05 | false",
            "0.05 | <= | 0.05 | true",
            "0.06 | <= | 0.05 | false",
            "3    | == | 3    | true",
            "3.5  | == | 3    | false",
            "3.5  | != | 3    | true",
            "3    | != | 3    | false",
    })
    void comparesTheAggregateWithTheThreshold(double value, String op, double threshold, boolean holds) {
        assertThat(Comparison.of(op).orElseThrow().holds(value, threshold)).isEqualTo(holds);
    }

    @Test
    void knowsOnlyThePromQlSymbols() {
        assertThat(Comparison.of("=>")).isEmpty();
        assertThat(Comparison.of("=")).isEmpty();
    }
}
