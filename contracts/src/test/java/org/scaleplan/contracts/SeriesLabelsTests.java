package org.scaleplan.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.metrics.SeriesLabels;

class SeriesLabelsTests {

    @Test
    void writesLabelsSortedByNameAsPrometheusDoes() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("service", "checkout");
        labels.put("region", "eu");

        assertThat(SeriesLabels.text(labels)).isEqualTo("{region=\"eu\",service=\"checkout\"}");
        assertThat(SeriesLabels.text(Map.of())).isEqualTo("{}");
    }

    @Test
    void escapesValuesSoThatNoTwoLabelSetsShareATextAsPrometheusDoes() {
        // A value holding the quote and comma of the next label would otherwise read as two labels.
        String forged = SeriesLabels.text(Map.of("a", "x\",b=\"y"));
        String real = SeriesLabels.text(Map.of("a", "x", "b", "y"));

        assertThat(forged).isEqualTo("{a=\"x\\\",b=\\\"y\"}").isNotEqualTo(real);
        assertThat(SeriesLabels.text(Map.of("a", "back\\slash\nline"))).isEqualTo("{a=\"back\\\\slash\\nline\"}");
    }
}
