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
}
