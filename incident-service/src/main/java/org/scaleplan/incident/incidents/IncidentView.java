package org.scaleplan.incident.incidents;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.incident.IncidentEvent;
import org.scaleplan.contracts.incident.IncidentOpened;

/**
 * The incidents held, each with its timeline (every incident event and every runbook step, attempt by attempt), as
 * {@code scaleplan.incident-events.v1} tells it. Every instance folds the whole topic into one, so any instance answers
 * for any incident held; the instance that owns a system also applies its own events as soon as they are published,
 * so its next decision sees them. An event applied twice (published, then read back) counts once. What is held is
 * bounded by {@link IncidentLimits}: resolved incidents leave after their retention, or earlier under
 * {@code maxIncidents}, and a timeline keeps its opening and its newest entries.
 */
public final class IncidentView {

    /** How much is held, for the service's gauges. */
    public record Sizes(int incidents, int timelineEntries, int signalIds, int departures) {
    }

    private final IncidentLimits limits;
    private final BoundReached bounds;
    private final Incidents incidents;
    private final Retention retention;
    private final Map<String, Timeline> timelines = new HashMap<>();
    private int timelineEntries;

    public IncidentView(IncidentLimits limits, BoundReached bounds) {
        this.limits = limits;
        this.bounds = bounds;
        this.incidents = new Incidents();
        this.retention = new Retention(limits);
    }

    public synchronized void apply(SystemEvent event) {
        if (!(event instanceof IncidentEvent about)) {
            return;
        }
        retention.observe(event.occurredAt());
        if (takes(about)) {
            incidents.apply(event);
            Timeline timeline = timelines.computeIfAbsent(about.incidentId(), id -> new Timeline());
            timeline.add(event);
            timelineEntries++;
            trim(about.incidentId(), timeline);
            incidents.get(about.incidentId()).filter(Incident::resolved).ifPresent(retention::resolved);
        }
        retention.due(incidents.size()).forEach(this::letGo);
    }

    public synchronized Optional<Incident> incident(String incidentId) {
        return incidents.get(incidentId);
    }

    /** Why an incident is no longer held, if it left memory lately. */
    public synchronized Optional<Departure> departure(String incidentId) {
        return retention.departure(incidentId);
    }

    /** The incidents that pass {@code filter}, newest first, at most {@code limit}. */
    public synchronized List<Incident> incidents(Predicate<Incident> filter, int limit) {
        return incidents.all().stream()
                .filter(filter)
                .sorted(Comparator.comparing(Incident::openedAt).reversed().thenComparing(Incident::incidentId))
                .limit(limit)
                .toList();
    }

    /** The events held of the incident in the order they were published. */
    public synchronized List<SystemEvent> timeline(String incidentId) {
        return held(incidentId).map(Timeline::entries).orElse(List.of());
    }

    /** The last runbook step event of the incident, or empty when no run started. */
    public synchronized Optional<SystemEvent> lastStep(String incidentId) {
        return held(incidentId).map(Timeline::lastStep);
    }

    /** The runbook whose run started for the incident, if one did. */
    public synchronized Optional<String> runbook(String incidentId) {
        return held(incidentId).map(Timeline::runbook);
    }

    /**
     * The events {@code signal} leads to ({@link Incidents#decide(Signal)}), except that it opens no incident while
     * {@code maxIncidents} are held and every one is open: that is counted instead.
     */
    public synchronized List<SystemEvent> decide(Signal signal) {
        List<SystemEvent> events = incidents.decide(signal);
        if (events.stream().anyMatch(IncidentOpened.class::isInstance) && incidents.size() >= limits.maxIncidents()
                && incidents.all().stream().noneMatch(Incident::resolved)) {
            bounds.reached(IncidentLimits.MAX_INCIDENTS, limits.maxIncidents(),
                    "a signal that would have opened an incident opened none: every incident held is open");
            return List.of();
        }
        return events;
    }

    /** Decides with the incidents as they stand, under the view's lock: nothing changes while {@code decision} runs. */
    public synchronized <T> T decide(Function<Incidents, T> decision) {
        return decision.apply(incidents);
    }

    public synchronized Sizes sizes() {
        return new Sizes(incidents.size(), timelineEntries, incidents.signalIds(), retention.departures());
    }

    /** An opening of an incident not held (and not departed lately), or an event of one held not applied yet. */
    private boolean takes(IncidentEvent event) {
        Timeline timeline = timelines.get(event.incidentId());
        if (timeline == null) {
            return event instanceof IncidentOpened && retention.departure(event.incidentId()).isEmpty();
        }
        return !timeline.holds(event.eventId());
    }

    private void trim(String incidentId, Timeline timeline) {
        List<SystemEvent> dropped = timeline.trim(limits.maxTimelineEntries());
        for (SystemEvent entry : dropped) {
            timelineEntries--;
            incidents.forgetEntry(incidentId, entry);
            bounds.reached(IncidentLimits.MAX_TIMELINE_ENTRIES, limits.maxTimelineEntries(),
                    "an incident's oldest timeline entry after its opening left memory (the topic keeps it)");
        }
    }

    private void letGo(Departure departure) {
        Timeline timeline = timelines.remove(departure.incidentId());
        timelineEntries -= timeline.size();
        incidents.forget(departure.incidentId(), timeline.entries());
        if (departure.cause() == Departure.Cause.MAX_INCIDENTS) {
            bounds.reached(IncidentLimits.MAX_INCIDENTS, limits.maxIncidents(),
                    "the incident resolved longest ago left memory before its retention (the topic keeps it)");
        }
    }

    private Optional<Timeline> held(String incidentId) {
        return Optional.ofNullable(timelines.get(incidentId));
    }
}
