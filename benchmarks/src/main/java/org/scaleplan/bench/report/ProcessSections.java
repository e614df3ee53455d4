package org.scaleplan.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The start-up, memory and profile sections of the Markdown report. */
final class ProcessSections {

    private ProcessSections() {
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
}
