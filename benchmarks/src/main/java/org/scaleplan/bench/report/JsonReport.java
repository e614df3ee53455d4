package org.scaleplan.bench.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scaleplan.bench.latency.TrialResults;
import org.scaleplan.bench.load.LoadResult;
import org.scaleplan.bench.load.SaturationResult;
import org.scaleplan.contracts.EventJson;

/**
 * {@code docs/benchmarks.json}: the same figures for tools, in plain units (samples/s, records/s, ms, MB, s,
 * cores); a percentile of no measurement is null.
 */
public final class JsonReport {

    private JsonReport() {
    }

    public static String render(BenchResult r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("started", r.started().toString());
        json.put("seconds", r.took().toSeconds());
        json.put("quick", r.quick());
        json.put("machine", r.machine());
        json.put("versions", r.versions());
        json.put("settings", r.settings());
        figures(json, r);
        json.put("targets", Targets.of(r));
        return EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n";
    }

    private static void figures(Map<String, Object> json, BenchResult r) {
        json.put("baseline", r.baseline());
        json.put("ingest", r.saturation().stream().map(s -> ingest(s, r.baseline().summary().recordsPerSecond()))
                .toList());
        json.put("ingestAlone", r.ingestAlone().stream()
                .map(s -> ingest(s, r.baseline().summary().recordsPerSecond())).toList());
        json.put("halfLoad", Map.of("askedSamplesPerSecond", r.halfLoad().rate(),
                "load", load(r.halfLoad().load()), "cores", r.halfLoad().cores(),
                "backlogDrainedSeconds", r.halfLoad().drained().toSeconds(), "lagAfter", r.halfLoad().lag()));
        json.put("latency", r.trials().values().stream().map(JsonReport::trials).toList());
        json.put("startupSeconds", r.startup().entrySet().stream().collect(LinkedHashMap::new,
                (m, e) -> m.put(e.getKey(), e.getValue().toMillis() / 1000.0), Map::putAll));
        json.put("startupCpuSeconds", r.startupCpuSeconds());
        json.put("residentMb", r.residentKb().entrySet().stream().collect(LinkedHashMap::new,
                (m, e) -> m.put(e.getKey(), e.getValue() / 1024), Map::putAll));
        if (r.profile() != null) {
            json.put("profile", Map.of("clients", r.profile().clients(), "load", load(r.profile().load()),
                    "cores", r.profile().cores(), "hot", r.profile().hot()));
        }
    }

    private static Map<String, Object> ingest(SaturationResult saturation, double baseline) {
        SaturationResult.Step best = saturation.best();
        return Map.of("format", saturation.format(), "saturationSamplesPerSecond", best.load().samplesPerSecond(),
                "saturationClients", best.load().clients(), "ratioToBaseline",
                best.load().samplesPerSecond() / baseline, "steps", saturation.steps().stream()
                        .map(step -> Map.of("load", load(step.load()), "cores", step.cores(), "lagAfter",
                                step.lag())).toList());
    }

    private static Map<String, Object> load(LoadResult load) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("clients", load.clients());
        json.put("samplesPerSecond", load.samplesPerSecond());
        json.put("seconds", load.seconds());
        json.put("requests", load.requests());
        json.put("failed", load.failed());
        json.put("statuses", load.statuses());
        json.put("requestMs", stats(load.latencyMs()));
        return json;
    }

    private static Map<String, Object> trials(TrialResults trials) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", trials.kind().label());
        json.put("event", trials.kind().ceType());
        json.put("timeouts", trials.timeouts());
        json.put("decisionMs", stats(trials.decision()));
        json.put("incidentMs", stats(trials.incident()));
        json.put("inboxMs", stats(trials.inbox()));
        json.put("incidentOpenedMs", stats(trials.opened()));
        json.put("stepStartedMs", stats(trials.stepStarted()));
        json.put("trials", trials.trials());
        return json;
    }

    private static Map<String, Object> stats(Stats stats) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("count", stats.count());
        for (Map.Entry<String, Double> figure : List.of(Map.entry("p50", stats.p50()), Map.entry("p99", stats.p99()),
                Map.entry("max", stats.max()), Map.entry("mean", stats.mean()))) {
            json.put(figure.getKey(), stats.count() == 0 ? null : figure.getValue());
        }
        return json;
    }
}
