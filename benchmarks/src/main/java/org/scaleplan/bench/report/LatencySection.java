package org.scaleplan.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.scaleplan.bench.latency.TrialResults;
import org.scaleplan.bench.load.LoadResult;

/** The decision and incident latency section of the Markdown report. */
final class LatencySection {

    private LatencySection() {
    }

    static void latency(Markdown md, BenchResult.HalfLoad halfLoad, Map<?, TrialResults> trials) {
        LoadResult load = halfLoad.load();
        md.heading("Decision and incident latency at half load").paragraph(String.format(Locale.ROOT,
                "The trials began once phase-evaluator, cost-service and security-service had caught up with the "
                        + "saturation steps (%d s). Background load: JSON at %s samples/s asked (half the JSON "
                        + "saturation), %s samples/s achieved, %d failed requests; CPU (cores): %s; behind at the "
                        + "end (samples): %s. Each trial is a fresh system: a first sample, then "
                        + "the deciding one (phase: 2,500 active users 5 minutes of event time later; alert: an "
                        + "error ratio of 0.2 two minutes later, HighErrorRate's `for`). Decision: from the deciding "
                        + "sample's 2xx to a `read_committed` consumer in the benchmark seeing the event. Incident: "
                        + "from the same 2xx to the first runbook step's HTTP request arriving at a target in the "
                        + "benchmark.", halfLoad.drained().toSeconds(), Markdown.number(halfLoad.rate()),
                Markdown.number(load.samplesPerSecond()), load.failed(), Markdown.cores(halfLoad.cores()),
                Markdown.lag(halfLoad.lag())));
        List<List<String>> rows = new ArrayList<>();
        trials.values().forEach(t -> rows.add(List.of(t.kind().label(), t.kind().ceType(),
                String.valueOf(t.decision().count()), Markdown.ms(t.decision().p50()),
                Markdown.ms(t.decision().p99()), Markdown.ms(t.decision().max()), Markdown.ms(t.incident().p50()),
                Markdown.ms(t.incident().p99()), Markdown.ms(t.incident().max()), String.valueOf(t.timeouts()))));
        md.table(List.of("decision", "event", "n", "decision p50", "p99", "max", "incident p50", "p99", "max",
                "timed out"), rows);
        stages(md, trials);
    }

    private static void stages(Markdown md, Map<?, TrialResults> trials) {
        md.paragraph("Where the incident time goes (p50 from the same 2xx): the decision on its topic → "
                + "incident-service's signal in its inbox topic → `IncidentOpened` → the first `RunbookStepStarted` "
                + "→ the step's request at the target.");
        List<List<String>> stages = new ArrayList<>();
        trials.values().forEach(t -> stages.add(List.of(t.kind().label(), Markdown.ms(t.decision().p50()),
                Markdown.ms(t.inbox().p50()), Markdown.ms(t.opened().p50()), Markdown.ms(t.stepStarted().p50()),
                Markdown.ms(t.incident().p50()))));
        md.table(List.of("decision", "decision seen", "signal in inbox", "incident opened", "step started",
                "request at target"), stages);
    }
}
