package org.scaleplan.bench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.scaleplan.bench.baseline.BaselineResult;
import org.scaleplan.bench.baseline.ProducerPerfSummary;
import org.scaleplan.bench.load.LoadResult;
import org.scaleplan.bench.load.SaturationResult;
import org.scaleplan.bench.stack.CpuMeter;

/** The baseline and ingest throughput sections of the Markdown report. */
final class ThroughputSection {

    private ThroughputSection() {
    }

    static void baseline(Markdown md, BaselineResult baseline) {
        ProducerPerfSummary s = baseline.summary();
        md.heading("Baseline: Kafka's producer perf tool").paragraph(String.format(Locale.ROOT,
                "`org.apache.kafka.tools.ProducerPerformance` in a process of its own, against the same broker, "
                        + "`acks=all`, records of %d bytes (one `MetricSample` as metrics-ingest writes it), "
                        + "%d partitions like `scaleplan.metrics.v1`, as fast as it can.",
                baseline.recordSize(), baseline.partitions()))
                .table(List.of("records", "records/s", "MB/s", "avg", "p50", "p95", "p99", "p99.9", "max"),
                        List.of(List.of(Markdown.number(s.records()), Markdown.number(s.recordsPerSecond()),
                                String.format(Locale.ROOT, "%.2f", s.mbPerSecond()), Markdown.ms(s.avgLatencyMs()),
                                Markdown.ms(s.p50Ms()), Markdown.ms(s.p95Ms()), Markdown.ms(s.p99Ms()),
                                Markdown.ms(s.p999Ms()), Markdown.ms(s.maxLatencyMs()))))
                .paragraph("CPU while it ran (cores): " + Markdown.cores(baseline.cores()) + ". CPU per 1,000 "
                        + "records (ms): " + perThousand(baseline.cores(), s.recordsPerSecond()) + ".");
    }

    static void throughput(Markdown md, List<SaturationResult> saturation, double baseline) {
        md.heading("Ingest throughput").paragraph("Load from a separate process (this jar's `load` mode): each "
                + "client posts a fresh batch, waits for the answer, and posts the next, over one kept-alive "
                + "connection. Steps double the clients until the best throughput rises by no more than 5 %. "
                + "Samples/s count acknowledged samples (2xx) in the measured window; latency is per request. Each "
                + "step starts once the three Kafka Streams services that read every sample have caught up; "
                + "\"behind after it\" is how many samples each of them still had to read when the step ended.");
        for (SaturationResult format : saturation) {
            LoadResult best = format.best().load();
            md.line("**" + format.format() + "** (POST " + path(format) + "): saturation "
                    + Markdown.number(best.samplesPerSecond()) + " samples/s at " + best.clients() + " client(s), "
                    + ratio(best.samplesPerSecond(), baseline) + " the baseline. CPU per 1,000 samples there (ms): "
                    + perThousand(format.best().cores(), best.samplesPerSecond()) + ".\n")
                    .table(List.of("clients", "samples/s", "× baseline", "requests", "failed", "p50", "p99",
                            "CPU by process (cores)", "behind after it (samples)"), rows(format, baseline));
        }
    }

    static void alone(Markdown md, List<SaturationResult> alone, double baseline) {
        md.paragraph("**metrics-ingest alone.** The same steps at the end of the run, after phase-evaluator, "
                + "cost-service, security-service and incident-service were stopped: every sample is read by all "
                + "four of them, which share the two cores with ingest and the broker in the figures above. This "
                + "is how close ingest itself comes to the raw producer; the targets are judged on the whole stack.");
        for (SaturationResult format : alone) {
            LoadResult best = format.best().load();
            md.line("**" + format.format() + ", alone**: " + Markdown.number(best.samplesPerSecond())
                    + " samples/s at " + best.clients() + " client(s), " + ratio(best.samplesPerSecond(), baseline)
                    + " the baseline. CPU per 1,000 samples there (ms): "
                    + perThousand(format.best().cores(), best.samplesPerSecond()) + ".\n")
                    .table(List.of("clients", "samples/s", "× baseline", "requests", "failed", "p50", "p99",
                            "CPU by process (cores)", "behind after it (samples)"), rows(format, baseline));
        }
    }

    private static List<List<String>> rows(SaturationResult format, double baseline) {
        List<List<String>> rows = new ArrayList<>();
        for (SaturationResult.Step step : format.steps()) {
            LoadResult load = step.load();
            rows.add(List.of(String.valueOf(load.clients()), Markdown.number(load.samplesPerSecond()),
                    ratio(load.samplesPerSecond(), baseline), Markdown.number(load.requests()),
                    String.valueOf(load.failed()), Markdown.ms(load.latencyMs().p50()),
                    Markdown.ms(load.latencyMs().p99()), Markdown.cores(step.cores()), Markdown.lag(step.lag())));
        }
        return rows;
    }

    /** Milliseconds of CPU each process spent per 1,000 samples (or records): its cost, whatever the machine. */
    static String perThousand(Map<String, Double> cores, double perSecond) {
        Map<String, Double> cost = new LinkedHashMap<>();
        cores.forEach((process, used) -> cost.put(process, used / perSecond * 1_000_000));
        cost.remove(CpuMeter.OTHERS);
        return String.join(", ", cost.entrySet().stream().filter(e -> e.getValue() >= 0.05)
                .map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue())).toList());
    }

    private static String path(SaturationResult format) {
        return format.format().equals("json") ? "/v1/metrics" : "/api/v1/write";
    }

    static String ratio(double rate, double baseline) {
        return String.format(Locale.ROOT, "%.2f×", rate / baseline);
    }
}
