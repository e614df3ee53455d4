package org.scaleplan.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.scaleplan.bench.baseline.BaselineResult;
import org.scaleplan.bench.baseline.ProducerPerfSummary;
import org.scaleplan.bench.latency.TrialResults;
import org.scaleplan.bench.load.LoadResult;
import org.scaleplan.bench.load.SaturationResult;

/** The measured sections of the Markdown report: baseline, throughput, latency, footprint, profile. */
final class FigureSections {

    private FigureSections() {
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
                .paragraph("CPU while it ran (cores): " + Markdown.cores(baseline.cores()) + ".");
    }

    static void throughput(Markdown md, List<SaturationResult> saturation, double baseline) {
        md.heading("Ingest throughput").paragraph("Load from a separate process (this jar's `load` mode): each "
                + "client posts a fresh batch, waits for the answer, and posts the next, over one kept-alive "
                + "connection. Steps double the clients until the best throughput rises by no more than 5 %. "
                + "Samples/s count acknowledged samples (2xx) in the measured window; latency is per request.");
        for (SaturationResult format : saturation) {
            List<List<String>> rows = new ArrayList<>();
            for (SaturationResult.Step step : format.steps()) {
                LoadResult load = step.load();
                rows.add(List.of(String.valueOf(load.clients()), Markdown.number(load.samplesPerSecond()),
                        ratio(load.samplesPerSecond(), baseline), Markdown.number(load.requests()),
                        String.valueOf(load.failed()), Markdown.ms(load.latencyMs().p50()),
                        Markdown.ms(load.latencyMs().p99()), Markdown.cores(step.cores())));
            }
            LoadResult best = format.best().load();
            md.line("**" + format.format() + "** (" + (format.format().equals("json") ? "POST /v1/metrics" :
                    "POST /api/v1/write") + "): saturation " + Markdown.number(best.samplesPerSecond())
                    + " samples/s at " + best.clients() + " client(s), " + ratio(best.samplesPerSecond(), baseline)
                    + " the baseline.\n")
                    .table(List.of("clients", "samples/s", "× baseline", "requests", "failed", "p50", "p99",
                            "CPU by process (cores)"), rows);
        }
    }

    static void latency(Markdown md, BenchResult.HalfLoad halfLoad, Map<?, TrialResults> trials) {
        LoadResult load = halfLoad.load();
        md.heading("Decision and incident latency at half load").paragraph(String.format(Locale.ROOT,
                "Background load: JSON at %s samples/s asked (half the JSON saturation), %s samples/s achieved, "
                        + "%d failed requests; CPU (cores): %s. Each trial is a fresh system: a first sample, then "
                        + "the deciding one %s. Decision: from the deciding sample's 2xx to a `read_committed` "
                        + "consumer in the benchmark seeing the event. Incident: from the same 2xx to the first "
                        + "runbook step's HTTP request arriving at a target in the benchmark.",
                Markdown.number(halfLoad.rate()), Markdown.number(load.samplesPerSecond()), load.failed(),
                Markdown.cores(halfLoad.cores()), "(phase: 2,500 active users 5 minutes of event time later; "
                        + "alert: an error ratio of 0.2 two minutes later, HighErrorRate's `for`)"));
        List<List<String>> rows = new ArrayList<>();
        trials.values().forEach(t -> rows.add(List.of(t.kind().label(), t.kind().ceType(),
                String.valueOf(t.decision().count()), Markdown.ms(t.decision().p50()), Markdown.ms(t.decision().p99()),
                Markdown.ms(t.decision().max()), Markdown.ms(t.incident().p50()), Markdown.ms(t.incident().p99()),
                Markdown.ms(t.incident().max()), String.valueOf(t.timeouts()))));
        md.table(List.of("decision", "event", "n", "decision p50", "p99", "max", "incident p50", "p99", "max",
                "timed out"), rows).paragraph("Where the incident time goes (p50 from the same 2xx): the decision "
                + "on its topic → `IncidentOpened` → the first `RunbookStepStarted` → the step's request at the "
                + "target.");
        List<List<String>> stages = new ArrayList<>();
        trials.values().forEach(t -> stages.add(List.of(t.kind().label(), Markdown.ms(t.decision().p50()),
                Markdown.ms(t.opened().p50()), Markdown.ms(t.stepStarted().p50()), Markdown.ms(t.incident().p50()))));
        md.table(List.of("decision", "decision seen", "incident opened", "step started", "request at target"),
                stages);
    }

    static void footprint(Markdown md, BenchResult result) {
        List<List<String>> rows = new ArrayList<>();
        result.startup().forEach((part, took) -> rows.add(List.of(part,
                String.format(Locale.ROOT, "%.1f s", took.toMillis() / 1000.0),
                String.format(Locale.ROOT, "%.1f s", result.startupCpuSeconds().getOrDefault(part, Double.NaN)),
                result.residentKb().containsKey(part) ? result.residentKb().get(part) / 1024 + " MB" : "–")));
        md.heading("Start-up and resident memory").paragraph("Healthy: from the process's start (the kernel's "
                + "record) to the first 200 from `/actuator/health` (polled every 250 ms; the broker: its first "
                + "answer to an admin request). Each service started alone, one after another. CPU: what the "
                + "process used up to then (user + system), its start-up's cost whatever else the machine ran. "
                + "Resident: `VmRSS` from `/proc/<pid>/status` after all the load, before profiling.")
                .table(List.of("process", "healthy after", "CPU to healthy", "resident (VmRSS)"), rows);
    }

    static void profile(Markdown md, BenchResult.Profile profile) {
        md.heading("Where the time goes").paragraph(String.format(Locale.ROOT, "A last JSON load at %d client(s) "
                + "(%s samples/s) with a Java Flight Recording (`settings=profile`, started and stopped with `jcmd`) "
                + "in the broker and every service. CPU (cores): %s. Share of each process's execution samples by "
                + "top-of-stack method and by library:", profile.clients(),
                Markdown.number(profile.load().samplesPerSecond()), Markdown.cores(profile.cores())));
        profile.hot().forEach((process, hot) -> md.line("**" + process + "** (" + hot.samples() + " samples): "
                + shares(hot.packages()) + "\n").table(List.of("method", "share"), hot.methods().entrySet().stream()
                .map(e -> List.of("`" + e.getKey() + "`", String.format(Locale.ROOT, "%.1f %%", e.getValue())))
                .toList()));
    }

    private static String shares(Map<String, Double> shares) {
        return String.join(", ", shares.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.0f %%", e.getKey(), e.getValue())).toList());
    }

    static String ratio(double rate, double baseline) {
        return String.format(Locale.ROOT, "%.2f×", rate / baseline);
    }
}
