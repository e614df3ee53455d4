package org.scaleplan.bench.soak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.scaleplan.bench.soak.check.CheckResult;
import org.scaleplan.bench.soak.check.StoreGrowthCheck.Checkpoint;
import org.scaleplan.bench.soak.check.StoreGrowthCheck.Size;
import org.scaleplan.bench.soak.fleet.Schedule;

/**
 * The figures of one soak run as a section of {@code soak.md}: each form rewrites only its own section, between
 * markers, and keeps the rest of the document (what the soak does and why, written by hand) as it is.
 */
final class SoakReport {

    private static final int SHOWN_VIOLATIONS = 20;

    private SoakReport() {
    }

    /** Writes the run's section into {@code file}; answers the file. */
    static Path write(Path file, SoakResult result) {
        String begin = "<!-- soak:" + result.form() + " -->";
        String end = "<!-- /soak:" + result.form() + " -->";
        String section = begin + "\n" + render(result) + end;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            String text = Files.exists(file) ? Files.readString(file) : "# Soak\n";
            int from = text.indexOf(begin);
            int to = text.indexOf(end);
            text = from >= 0 && to > from ? text.substring(0, from) + section + text.substring(to + end.length())
                    : text.stripTrailing() + "\n\n" + section + "\n";
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String render(SoakResult result) {
        StringBuilder md = new StringBuilder();
        Schedule schedule = result.schedule();
        md.append(String.format(Locale.ROOT, "Run on %s (wall clock) by `./scaleplan soak%s`: **%s**.%n%n",
                result.started().truncatedTo(ChronoUnit.SECONDS), result.form().equals("quick") ? " --quick" : "",
                result.passed() ? "every check passed" : "FAILED"));
        md.append("| figure | value |\n|---|---|\n");
        row(md, "simulated", String.format(Locale.ROOT, "%d systems, %d days from %s to %s, crossing %d month ends",
                result.systems(), schedule.days(), day(schedule.start()), day(schedule.end()),
                schedule.monthEnds().size()));
        row(md, "wall time", duration(result.wallTime()) + ": " + result.times().entrySet().stream()
                .map(e -> e.getKey() + " " + duration(e.getValue())).collect(Collectors.joining(", ")));
        row(md, "samples", String.format(Locale.ROOT, "%,d (%,.0f a second while sending, pauses included)",
                result.samples(), result.samples() / seconds(result.times().get("the samples, pauses included"))));
        row(md, "distinct series", String.format(Locale.ROOT, "%,d", result.series()));
        row(md, "catching up at each pause", result.catchUps().stream().map(SoakReport::duration)
                .collect(Collectors.joining(", ")));
        row(md, "CPU from the first sample to the drain, in cores", result.cores().entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", ")));
        row(md, "published", result.events().entrySet().stream().map(e -> String.format(Locale.ROOT, "%s %,d",
                e.getKey().replaceFirst("^scaleplan\\.", ""), e.getValue())).collect(Collectors.joining(", ")));
        row(md, "cost incidents resolved by the operator", String.valueOf(result.incidentsResolved()));
        row(md, "settings", result.settings().entrySet().stream().map(e -> "`" + e.getKey() + "=" + e.getValue()
                + "`").collect(Collectors.joining(", ")));
        md.append("\n").append(stores(result.checkpoints())).append("\n").append(checks(result.checks()));
        return md.toString();
    }

    /** {@code store 1,234 keys / 56,789 bytes, ...} of one service. */
    static String sizes(Map<String, Size> sizes) {
        return sizes.entrySet().stream().map(e -> e.getKey() + " " + size(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static String stores(List<Checkpoint> checkpoints) {
        StringBuilder md = new StringBuilder("| service | store |");
        checkpoints.forEach(c -> md.append(" day ").append(c.day()).append(" |"));
        md.append("\n|---|---|").append("---|".repeat(checkpoints.size())).append('\n');
        Checkpoint first = checkpoints.get(0);
        first.stores().keySet().stream().sorted().forEach(service -> {
            TreeSet<String> stores = new TreeSet<>(first.stores().get(service).keySet());
            if (stores.isEmpty()) {
                md.append("| ").append(service).append(" | not reported |").append(" – |".repeat(checkpoints.size()))
                        .append('\n');
            }
            stores.forEach(store -> {
                md.append("| ").append(service).append(" | ").append(store).append(" |");
                checkpoints.forEach(c -> {
                    Size size = c.stores().getOrDefault(service, Map.of()).get(store);
                    md.append(' ').append(size == null ? "–" : size(size)).append(" |");
                });
                md.append('\n');
            });
        });
        return md.toString();
    }

    private static String checks(List<CheckResult> checks) {
        StringBuilder md = new StringBuilder("| check | result | figures |\n|---|---|---|\n");
        List<String> violations = new ArrayList<>();
        for (CheckResult check : checks) {
            row(md, check.name(), (check.passed() ? "passed" : "**failed**") + " | " + check.summary());
            check.violations().stream().limit(SHOWN_VIOLATIONS).forEach(v -> violations.add(check.name() + ": " + v));
            if (check.violations().size() > SHOWN_VIOLATIONS) {
                violations.add(check.name() + ": ... and " + (check.violations().size() - SHOWN_VIOLATIONS) + " more");
            }
        }
        if (!violations.isEmpty()) {
            md.append("\nViolations:\n\n");
            violations.forEach(v -> md.append("- ").append(v).append('\n'));
        }
        return md.toString();
    }

    private static void row(StringBuilder md, String name, String value) {
        md.append("| ").append(name).append(" | ").append(value).append(" |\n");
    }

    private static String size(Size size) {
        return String.format(Locale.ROOT, "%,d keys", size.keys())
                + (size.bytes() == null ? "" : String.format(Locale.ROOT, " / %,d B", size.bytes()));
    }

    private static LocalDate day(java.time.Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    static String duration(Duration duration) {
        return duration.toMinutes() > 0 ? String.format(Locale.ROOT, "%d min %02d s", duration.toMinutes(),
                duration.toSecondsPart()) : String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    private static double seconds(Duration duration) {
        return Math.max(0.001, duration.toMillis() / 1000.0);
    }
}
