package org.scaleplan.bench.load;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import org.scaleplan.contracts.EventIds;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.contracts.metrics.MetricSample;

/**
 * What the load samples look like: {@value #SERIES} series of a system ({@code instance}, {@code job} labels), one in
 * {@value #READ_EVERY} of them {@code cpu_utilization} between 0.2 and 0.4 (read by phase-evaluator's CPU rules and
 * cost-service's utilization, below every rule's threshold), the rest the gauge {@code bench_load}, which no service
 * reads, as most of what a Prometheus sends. So the load costs the services what such a mix costs and decides
 * nothing.
 */
public final class SampleShape {

    static final String UNREAD = "bench_load";
    static final String READ = "cpu_utilization";
    static final int SERIES = 100;
    static final int READ_EVERY = 10;

    private SampleShape() {
    }

    static String instance(int index) {
        return "i-" + index % SERIES;
    }

    static String name(int index) {
        return index % READ_EVERY == READ_EVERY - 1 ? READ : UNREAD;
    }

    /** A value with a few significant digits, as gauges mostly have; a CPU use of 0.2 to 0.4. */
    static double value(int index, long sequence) {
        return name(index).equals(READ) ? 0.2 + sequence % 20 / 100.0 : sequence % 10_000 + 0.5;
    }

    /** A line for the report. */
    public static String describe() {
        return SERIES + " series per system (`instance`, `job` labels): 1 in " + READ_EVERY + " `" + READ
                + "` at 0.2-0.4 (read by phase-evaluator's rules and cost-service, deciding nothing), the others `"
                + UNREAD + "`, which no service reads (passed over by its `ce_metricname` header)";
    }

    /** The bytes metrics-ingest writes to Kafka for one load sample: the record value the baseline sends. */
    public static int serializedSize() {
        Instant at = Instant.now();
        Map<String, String> labels = new TreeMap<>(Map.of("instance", instance(42), "job", "bench"));
        String system = "bench-load-json-0";
        MetricSample sample = new MetricSample(EventIds.of("metric-sample", system, UNREAD, labels, at), at, system,
                UNREAD, labels, value(0, 1234), Instant.now());
        return EventJson.write(sample).length;
    }
}
