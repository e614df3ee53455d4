package org.scaleplan.bench.report;

import java.util.ArrayList;
import java.util.List;

import org.scaleplan.bench.latency.TrialKind;
import org.scaleplan.bench.load.SaturationResult;
import org.scaleplan.bench.stack.StackSettings;

/** Issue 10's targets, each checked against what the run measured. */
public final class Targets {

    static final double INGEST_RATIO = 0.5;
    static final double DECISION_P99_MS = 100;
    static final double INCIDENT_P99_MS = 500;
    static final long RESIDENT_MB = 400;
    static final double HEALTHY_SECONDS = 10;

    /** One target: what it asks, what was measured, and whether that meets it. */
    public record Verdict(String target, String measured, boolean met) {
    }

    private Targets() {
    }

    public static List<Verdict> of(BenchResult result) {
        List<Verdict> verdicts = new ArrayList<>();
        ingest(result, verdicts);
        result.trials().forEach((kind, trials) -> {
            verdicts.add(latency("decision latency p99 ≤ " + (int) DECISION_P99_MS + " ms (" + kind.label() + ")",
                    trials.decision(), trials.timeouts(), DECISION_P99_MS));
            verdicts.add(latency("incident latency p99 ≤ " + (int) INCIDENT_P99_MS + " ms (" + via(kind) + ")",
                    trials.incident(), trials.timeouts(), INCIDENT_P99_MS));
        });
        footprint(result, verdicts);
        return verdicts;
    }

    private static void ingest(BenchResult result, List<Verdict> verdicts) {
        double baseline = result.baseline().summary().recordsPerSecond();
        for (SaturationResult saturation : result.saturation()) {
            double rate = saturation.best().load().samplesPerSecond();
            String alone = result.ingestAlone().stream().filter(a -> a.format().equals(saturation.format()))
                    .map(a -> String.format(" (metrics-ingest alone: %.2f×)",
                            a.best().load().samplesPerSecond() / baseline)).findFirst().orElse("");
            verdicts.add(new Verdict("ingest " + saturation.format() + " ≥ " + INGEST_RATIO + "× raw producer",
                    String.format("%,.0f samples/s = %.2f× %,.0f records/s", rate, rate / baseline, baseline)
                            + alone, rate >= INGEST_RATIO * baseline));
        }
    }

    private static void footprint(BenchResult result, List<Verdict> verdicts) {
        result.startup().entrySet().stream().filter(e -> isService(e.getKey())).forEach(e -> verdicts.add(
                new Verdict(e.getKey() + " healthy ≤ " + (int) HEALTHY_SECONDS + " s",
                        String.format("%.1f s", e.getValue().toMillis() / 1000.0),
                        e.getValue().toMillis() <= HEALTHY_SECONDS * 1000)));
        result.residentKb().entrySet().stream().filter(e -> isService(e.getKey())).forEach(e -> verdicts.add(
                new Verdict(e.getKey() + " ≤ " + RESIDENT_MB + " MB resident", e.getValue() / 1024 + " MB",
                        e.getValue() / 1024 <= RESIDENT_MB)));
    }

    /** The targets are the services'; the broker's figures are shown beside them, without one. */
    private static boolean isService(String part) {
        return StackSettings.SERVICES.contains(part);
    }

    static String via(TrialKind kind) {
        return kind == TrialKind.ALERT ? "alert → runbook" : "phase change → runbook";
    }

    private static Verdict latency(String target, Stats stats, int timeouts, double limit) {
        if (stats.count() == 0) {
            return new Verdict(target, "no decision seen (" + timeouts + " timed out)", false);
        }
        String lost = timeouts == 0 ? "" : String.format(", %d timed out", timeouts);
        return new Verdict(target, String.format("p99 %.0f ms (n=%d%s)", stats.p99(), stats.count(), lost),
                stats.p99() <= limit && timeouts == 0);
    }
}
