package org.scaleplan.security.detection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.scaleplan.access.decisions.DecisionStore;
import org.scaleplan.contracts.access.ActionAudited;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.security.detection.CounterSeries.Increase;
import org.scaleplan.security.detection.LeakyBucket.Pour;
import org.scaleplan.security.detection.Scenario.Source;

/**
 * Pours events into the buckets and surges of every scenario they match and returns the overflows. Buckets leak and
 * surge windows roll in event time (the samples' and events' own timestamps, never the wall clock); whether state
 * has gone is judged by when things arrived, in stream time ({@link Lifetimes}). Both come from the records, so a
 * replay detects what the live run detected. It keeps no state of its own: all of it is in the caller's
 * {@link DetectionStore}.
 */
public final class Detection {

    /** The system of an overflow from calls to Scaleplan's own APIs that name no system. */
    public static final String SCALEPLAN = DecisionStore.SCALEPLAN;

    private final List<Scenario> scenarios;
    /** The metrics the scenarios are fed. */
    private final Set<String> metrics;
    private final DetectionLimits limits;
    private final Lifetimes lifetimes;

    public Detection(List<Scenario> scenarios) {
        this(scenarios, DetectionLimits.DEFAULT);
    }

    public Detection(List<Scenario> scenarios, DetectionLimits limits) {
        this.scenarios = List.copyOf(scenarios);
        this.metrics = scenarios.stream().map(Scenario::metric).filter(Objects::nonNull).collect(Collectors.toSet());
        this.limits = limits;
        this.lifetimes = new Lifetimes(scenarios, limits.staleness());
    }

    /**
     * Pours the sample, arriving at stream time {@code now}, into every scenario it matches. What a counter sample
     * pours is its series' increase since the previous sample; for a bucket of distinct values, one for a value not
     * yet counted whose series increased or appeared above zero.
     */
    public Detected apply(MetricSample sample, Instant now, DetectionStore store) {
        SystemState state = state(sample.system(), now, store);
        List<Scenario> matching = scenarios.stream().filter(scenario -> scenario.matches(sample)).toList();
        if (matching.isEmpty()) {
            return state.detected(List.of());
        }
        Increase increase = CounterSeries.pour(sample, state);
        List<Overflow> overflows = new ArrayList<>();
        for (Scenario scenario : matching) {
            pour(scenario, sample, increase, state).ifPresent(overflows::add);
        }
        return state.detected(overflows);
    }

    /**
     * Same for an access event: it pours 1 into the bucket of its API key. System of the overflow: the event's
     * system, else {@value #SCALEPLAN} (Scaleplan's own APIs). An unauthenticated call has no key and pours nothing.
     */
    public Detected apply(ActionAudited event, Instant now, DetectionStore store) {
        String key = event.actorKeyId();
        if (key == null || key.isBlank()) {
            return new Detected(List.of(), Set.of());
        }
        String system = event.system() != null ? event.system() : SCALEPLAN;
        SystemState state = state(system, now, store);
        Pour pour = new Pour(event.occurredAt(), 1, null, event.eventId());
        return state.detected(scenarios.stream().filter(scenario -> scenario.matches(event))
                .flatMap(scenario -> LeakyBucket.pour(scenario, key, pour, state).stream()).toList());
    }

    /** Ends the state that has gone by stream time {@code now}. */
    public void sweep(Instant now, DetectionStore store) {
        Sweep.run(now, store, lifetimes);
    }

    /** Whether a scenario is fed samples of {@code metric}. */
    public boolean reads(String metric) {
        return metrics.contains(metric);
    }

    /** Whether any scenario reads Scaleplan's own access events (else they need not be routed to detection). */
    public boolean watchesAccess() {
        return scenarios.stream().anyMatch(scenario -> scenario.source() == Source.ACCESS);
    }

    public Lifetimes lifetimes() {
        return lifetimes;
    }

    public DetectionLimits limits() {
        return limits;
    }

    private SystemState state(String system, Instant now, DetectionStore store) {
        return new SystemState(store, system, now, lifetimes, limits);
    }

    private static Optional<Overflow> pour(Scenario scenario, MetricSample sample, Increase increase,
            SystemState state) {
        if (scenario.kind() == Scenario.Kind.SURGE) {
            return TrafficSurge.add(scenario, sample, increase, state);
        }
        String group = scenario.groupOf(sample);
        String distinct = Objects.requireNonNull(scenario.bucket()).distinct();
        if (group == null) {
            return Optional.empty();
        }
        if (distinct == null) {
            return increase.amount() > 0 ? LeakyBucket.pour(scenario, group,
                    new Pour(sample.occurredAt(), increase.amount(), null, sample.eventId()), state) : Optional.empty();
        }
        String value = sample.labels().get(distinct);
        return value != null && counts(increase, sample) ? LeakyBucket.pour(scenario, group,
                new Pour(sample.occurredAt(), 1, value, sample.eventId()), state) : Optional.empty();
    }

    /**
     * Whether a sample counts its distinct value: its series increased, or appeared above zero. Label values such
     * as users appear as new series when they first fail, so skipping first samples, as amounts do, would make
     * credential stuffing, where each user is tried once, invisible.
     */
    private static boolean counts(Increase increase, MetricSample sample) {
        return increase.amount() > 0 || increase.first() && sample.value() > 0;
    }
}
