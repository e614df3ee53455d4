package org.scaleplan.incident.incidents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.incident.IncidentEvent;
import org.scaleplan.contracts.incident.RunbookStepFailed;
import org.scaleplan.contracts.incident.RunbookStepStarted;
import org.scaleplan.contracts.incident.RunbookStepSucceeded;

/**
 * Every incident with its whole timeline (every incident event and every runbook step, attempt by attempt), as
 * {@code scaleplan.incident-events.v1} tells it. Every instance folds the whole topic into one, so any instance answers
 * for any incident; the instance that owns a system also applies its own events as soon as they are published, so
 * its next decision sees them. An event applied twice (published, then read back) counts once.
 */
public final class IncidentView {

    private final Incidents incidents = new Incidents();
    private final Map<String, List<SystemEvent>> timelines = new HashMap<>();
    private final Map<String, String> runbooks = new HashMap<>();
    private final Set<UUID> applied = new HashSet<>();

    public synchronized void apply(SystemEvent event) {
        if (!applied.add(event.eventId())) {
            return;
        }
        incidents.apply(event);
        if (event instanceof IncidentEvent incidentEvent) {
            timelines.computeIfAbsent(incidentEvent.incidentId(), id -> new ArrayList<>()).add(event);
        }
        if (event instanceof RunbookStepStarted started) {
            runbooks.putIfAbsent(started.incidentId(), started.runbookId());
        }
    }

    public synchronized Optional<Incident> incident(String incidentId) {
        return incidents.get(incidentId);
    }

    /** The incidents that pass {@code filter}, newest first, at most {@code limit}. */
    public synchronized List<Incident> incidents(Predicate<Incident> filter, int limit) {
        return incidents.all().stream()
                .filter(filter)
                .sorted(Comparator.comparing(Incident::openedAt).reversed().thenComparing(Incident::incidentId))
                .limit(limit)
                .toList();
    }

    /** Every event of the incident in the order it was published. */
    public synchronized List<SystemEvent> timeline(String incidentId) {
        return List.copyOf(timelines.getOrDefault(incidentId, List.of()));
    }

    /** The last runbook step event of the incident, or empty when no run started. */
    public synchronized Optional<SystemEvent> lastStep(String incidentId) {
        List<SystemEvent> timeline = timelines.getOrDefault(incidentId, List.of());
        for (int i = timeline.size() - 1; i >= 0; i--) {
            SystemEvent event = timeline.get(i);
            if (event instanceof RunbookStepStarted || event instanceof RunbookStepSucceeded
                    || event instanceof RunbookStepFailed) {
                return Optional.of(event);
            }
        }
        return Optional.empty();
    }

    /** The runbook whose run started for the incident, if one did. */
    public synchronized Optional<String> runbook(String incidentId) {
        return Optional.ofNullable(runbooks.get(incidentId));
    }

    /** Decides with the incidents as they stand, under the view's lock: nothing changes while {@code decision} runs. */
    public synchronized <T> T decide(Function<Incidents, T> decision) {
        return decision.apply(incidents);
    }
}
