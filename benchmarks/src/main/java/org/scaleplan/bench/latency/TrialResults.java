package org.scaleplan.bench.latency;

import java.util.List;
import java.util.function.ToDoubleFunction;

import org.scaleplan.bench.report.Stats;

/**
 * The trials of one kind, each timed from the 2xx of its deciding sample, in milliseconds.
 *
 * @param trials every trial whose decision was seen in time
 * @param timeouts trials whose decision was not seen in time
 */
public record TrialResults(TrialKind kind, List<Trial> trials, int timeouts) {

    /**
     * One decision and what followed it; NaN where a step was not seen within the patience.
     *
     * @param decision the decision seen by the benchmark's consumer
     * @param inbox the signal it became in incident-service's inbox topic, seen by the same consumer
     * @param opened incident-service's {@code IncidentOpened} seen by the same consumer
     * @param stepStarted its {@code RunbookStepStarted} of the first step (published before the step acts)
     * @param called the step's HTTP request arriving at the target
     */
    public record Trial(double decision, double inbox, double opened, double stepStarted, double called) {
    }

    /** A line for the console. */
    public String summary() {
        return String.format("%s: decision p50 %.0f ms, p99 %.0f ms; incident p50 %.0f ms, p99 %.0f ms; %d timed out",
                kind.label(), decision().p50(), decision().p99(), incident().p50(), incident().p99(), timeouts);
    }

    /** Decision latency: to the decision on its topic. */
    public Stats decision() {
        return stats(Trial::decision);
    }

    /** Incident latency: to the first runbook step's request at the target. */
    public Stats incident() {
        return stats(Trial::called);
    }

    public Stats inbox() {
        return stats(Trial::inbox);
    }

    public Stats opened() {
        return stats(Trial::opened);
    }

    public Stats stepStarted() {
        return stats(Trial::stepStarted);
    }

    private Stats stats(ToDoubleFunction<Trial> figure) {
        return Stats.of(trials.stream().mapToDouble(figure).filter(ms -> !Double.isNaN(ms)).boxed().toList());
    }
}
