package org.scaleplan.bench.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProducerPerfSummaryTests {

    @Test
    void readsTheFinalLineOfKafka412sTool() {
        // As printed by kafka-tools 4.1.2 in this benchmark.
        String line = "300000 records sent, 26769.0 records/sec (6.36 MB/sec), 2984.40 ms avg latency, "
                + "4475.00 ms max latency, 2851 ms 50th, 4218 ms 95th, 4455 ms 99th, 4472 ms 99.9th.";

        assertThat(ProducerPerfSummary.parse(line)).contains(new ProducerPerfSummary(300_000, 26_769.0, 6.36,
                2984.40, 4475.00, 2851, 4218, 4455, 4472));
    }

    @Test
    void ignoresTheInterimLines() {
        // Printed every 5 s while it runs: no percentiles, so not the summary.
        assertThat(ProducerPerfSummary.parse("189945 records sent, 37973.8 records/sec (9.02 MB/sec), "
                + "3468.8 ms avg latency, 4475.0 ms max latency.")).isEmpty();
    }
}
