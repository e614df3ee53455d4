package org.scaleplan.bench.report;

import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code docs/benchmarks.md}: the measured figures, written anew on every run, then whatever was written by hand
 * below {@link #NOTES_MARKER} in the previous version (the analysis of what limits a missed target), kept.
 */
public final class MarkdownReport {

    public static final String NOTES_MARKER =
            "<!-- Everything below this line is written by hand and kept when ./scaleplan bench rewrites the file. -->";

    private MarkdownReport() {
    }

    public static String render(BenchResult result, String keptNotes) {
        Markdown md = intro(result);
        targets(md, result);
        md.heading("Machine and versions").pairs("what", "value", machine(result));
        md.heading("Settings").pairs("setting", "value", result.settings());
        ThroughputSection.baseline(md, result.baseline());
        ThroughputSection.throughput(md, result.saturation(), result.baseline().summary().recordsPerSecond());
        ThroughputSection.alone(md, result.ingestAlone(), result.baseline().summary().recordsPerSecond());
        LatencySection.latency(md, result.halfLoad(), result.trials());
        ProcessSections.footprint(md, result);
        if (result.profile() != null) {
            ProcessSections.profile(md, result.profile());
        }
        md.heading("How to run").paragraph(HOW_TO_RUN);
        return md + NOTES_MARKER + "\n" + keptNotes;
    }

    private static Markdown intro(BenchResult result) {
        Markdown md = new Markdown().line("# Benchmarks\n").paragraph(String.format(
                "Measured by `./scaleplan bench%s` on %s (%d min). Every figure is from that one run. Throughput "
                        + "is compared with Kafka's own producer perf tool, run against the same broker in the same "
                        + "run, so the ratios survive a noisy machine better than the raw figures. The same figures, "
                        + "machine-readable: [benchmarks.json](benchmarks.json).",
                result.quick() ? " --quick" : "", result.started().atOffset(ZoneOffset.UTC)
                        .truncatedTo(ChronoUnit.SECONDS), result.took().toMinutes()));
        if (result.quick()) {
            md.paragraph("**A quick run** (`--quick`): short steps and few trials, a smoke check, not figures to "
                    + "quote.");
        }
        return md;
    }

    private static void targets(Markdown md, BenchResult result) {
        md.heading("Targets (issue 10)").table(List.of("target", "measured", "met"), Targets.of(result).stream()
                .map(v -> List.of(v.target(), v.measured(), v.met() ? "met" : "**missed**")).toList());
    }

    private static Map<String, String> machine(BenchResult result) {
        Machine m = result.machine();
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("CPU", m.cores() + " cores, " + m.cpu());
        rows.put("memory", m.memoryMb() + " MB");
        rows.put("OS", m.os() + " (" + m.kernel() + ")");
        rows.put("Java", m.java());
        rows.put("niceness", m.niceness() + " (the benchmark and every process it starts)");
        rows.put("load average at the start", m.loadAverage() + " (1, 5, 15 min; the machine is shared: see "
                + "\"other processes\" in the CPU figures)");
        rows.putAll(result.versions());
        return rows;
    }

    static final String HOW_TO_RUN = """
            ```sh
            ./scaleplan bench            # 10-15 minutes: builds what is missing, runs, rewrites this file
            ./scaleplan bench --quick    # about 5 minutes: a smoke check with short steps and few trials
            nice -n 15 ./scaleplan bench # on a machine others use: everything it starts inherits the niceness
            ./scaleplan bench --quick --out=/tmp/exp \
                --set=phase-evaluator:spring.kafka.streams.properties.commit.interval.ms=20
                                         # an experiment: a service property changed (repeatable), in the report
            ```

            It needs Java 17 (a JDK: `jcmd` starts the flight recordings), Maven for the first build, and a
            `redis-server` on the PATH (`apt-get install redis-server`). It starts its own broker, Redis and
            services on free ports, with their data and logs in `var/bench/` (emptied first), so it runs beside
            `./scaleplan up` without touching it, and stops all of them at the end. Options after `bench`:
            `--quick`, `--out=DIR` (where the two reports go, default `docs/`), `--work=DIR` (default
            `var/bench/`). The services run with the full JIT, as the Dockerfile runs them, not with `./scaleplan
            up`'s C1-only compiler; `SCALEPLAN_JAVA_OPTS` sets their JVM options instead. From the jar:
            `java -jar benchmarks/target/scaleplan-bench.jar --repo=. [--quick]`.""";
}
