package org.scaleplan.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class SampleFilterTests {

    private final Set<String> read = Set.of("active_users", "cost_usd_total");

    @Test
    void passesOverASampleOfAMetricTheReaderDoesNotRead() {
        assertThat(SampleFilter.passesOver(headers("http_requests_total"), read::contains)).isTrue();
    }

    @Test
    void keepsASampleOfAMetricTheReaderReads() {
        assertThat(SampleFilter.passesOver(headers("active_users"), read::contains)).isFalse();
    }

    @Test
    void keepsARecordThatNamesNoMetricForTheReaderToDecode() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_type", "scaleplan.metric.sample".getBytes(StandardCharsets.UTF_8));

        assertThat(SampleFilter.passesOver(headers, read::contains)).isFalse();
    }

    private static RecordHeaders headers(String metric) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_type", "scaleplan.metric.sample".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_metricname", metric.getBytes(StandardCharsets.UTF_8));
        return headers;
    }
}
