package org.scaleplan.bench.baseline;

import java.util.Map;

/**
 * Kafka's producer perf tool against the benchmark's broker.
 *
 * @param recordSize bytes of one record: one MetricSample as metrics-ingest writes it
 * @param partitions of its topic: as many as {@code scaleplan.metrics.v1} has
 * @param cores CPU each process used while it ran
 */
public record BaselineResult(int recordSize, int partitions, ProducerPerfSummary summary, Map<String, Double> cores) {
}
