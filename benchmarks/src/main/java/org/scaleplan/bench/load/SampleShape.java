package org.scaleplan.bench.load;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import org.scaleplan.contracts.EventIds;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.contracts.metrics.MetricSample;

/**
 * What every load sample looks like: the gauge {@code bench_load} over {@value #SERIES} series of a system
 * ({@code instance}, {@code job} labels). No alert rule, cost model or detection scenario reads it, so the load costs
 * the services what any sample costs and decides nothing.
 */
public final class SampleShape {

    static final String NAME = "bench_load";
    static final int SERIES = 100;

    private SampleShape() {
    }

    static String instance(int index) {
        return "i-" + index % SERIES;
    }

    /** A value with a few significant digits, as gauges mostly have. */
    static double value(long sequence) {
        return sequence % 10_000 + 0.5;
    }

    /** The bytes metrics-ingest writes to Kafka for one load sample: the record value the baseline sends. */
    public static int serializedSize() {
        Instant at = Instant.now();
        Map<String, String> labels = new TreeMap<>(Map.of("instance", instance(42), "job", "bench"));
        String system = "bench-load-json-0";
        MetricSample sample = new MetricSample(EventIds.of("metric-sample", system, NAME, labels, at), at, system,
                NAME, labels, value(1234), Instant.now());
        return EventJson.write(sample).length;
    }
}
