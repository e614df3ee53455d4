package org.scaleplan.bench.load;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import org.scaleplan.contracts.EventIds;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.contracts.metrics.MetricSample;

/**
 * What the load samples look like: each client's system has {@value #SERIES} series ({@code instance}, {@code job}
 * labels), and each request carries the next series in turn, all stamped now, as a Prometheus scraping that many
 * series every few seconds sends them. One series in {@value #READ_EVERY} is {@code cpu_utilization} between 0.2 and
 * 0.4 (read by phase-evaluator's CPU rules and cost-service's utilization, below every rule's threshold), the rest
 * the gauge {@code bench_load}, which no service reads, as most of what a Prometheus sends. So the load costs the
 * services what such a mix costs and decides nothing.
 */
public final class SampleShape {

    static final String UNREAD = "bench_load";
    static final String READ = "cpu_utilization";
    static final int SERIES = 200_000;
    static final int READ_EVERY = 10;

    private SampleShape() {
    }

    static String instance(int series) {
        return "i-" + series;
    }

    static String name(int series) {
        return series % READ_EVERY == READ_EVERY - 1 ? READ : UNREAD;
    }

    /** A value with a few significant digits, as gauges mostly have; a CPU use of 0.2 to 0.4. */
    static double value(int series, long sequence) {
        return name(series).equals(READ) ? 0.2 + sequence % 20 / 100.0 : sequence % 10_000 + 0.5;
    }

    /** A line for the report. */
    public static String describe() {
        return String.format("%,d series per system (`instance`, `job` labels), each request the next ones in turn, "
                + "stamped now (at 10,000-30,000 samples/s per client, each series every 7-20 s, as scraped): 1 in "
                + "%d `%s` at 0.2-0.4 (read by phase-evaluator's rules and cost-service, deciding nothing), the "
                + "others `%s`, which no service reads (passed over by its `ce_metricname` header)", SERIES,
                READ_EVERY, READ, UNREAD);
    }

    /** The bytes metrics-ingest writes to Kafka for one load sample: the record value the baseline sends. */
    public static int serializedSize() {
        Instant at = Instant.now();
        Map<String, String> labels = new TreeMap<>(Map.of("instance", instance(123_456), "job", "bench"));
        String system = "bench-load-json-0";
        MetricSample sample = new MetricSample(EventIds.of("metric-sample", system, UNREAD, labels, at), at, system,
                UNREAD, labels, value(0, 1234), Instant.now());
        return EventJson.write(sample).length;
    }
}
