package org.scaleplan.cli.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "PT0S,        0s",
            "PT45S,       45s",
            "PT21M,       21m",
            "PT1H5M,      1h 5m",
            "PT1H0M30S,   1h 30s",
            "P2DT3H,      2d 3h",
    })
    void writesTheLargestUnitsAndLeavesOutZeroParts(String duration, String text) {
        assertThat(Formats.duration(Duration.parse(duration))).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "1234.0,     1234",
            "0.083,      0.083",
            "1.0E-7,     0.0000001",
            "2.5E10,     25000000000",
            "NaN,        NaN",
    })
    void writesNumbersAsShortAsTheyAllowWithoutExponent(double value, String text) {
        assertThat(Formats.number(value)).isEqualTo(text);
    }

    @Test
    void writesDollarsWithThousandsSeparatorsAndCents() {
        assertThat(Formats.usd(new BigDecimal("1234567.891"))).isEqualTo("$1,234,567.89");
    }
}
