package org.scaleplan.incident.incidents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;

import org.scaleplan.incident.incidents.Departure.Cause;

/**
 * When resolved incidents leave memory: once {@link IncidentLimits#retention()} has passed since they resolved, in
 * the log's time (the newest {@code occurredAt} applied, so a rebuild from the log lets go exactly where the live
 * view did), or earlier, the one resolved longest ago first, while more than {@link IncidentLimits#maxIncidents()}
 * are held. Open incidents never leave. The latest departures are remembered (as many as incidents may be held),
 * so a question about one can be answered, and its events read back from the log are not taken for a new incident.
 */
final class Retention {

    private record Resolved(Instant at, String incidentId, String system) {
    }

    private final IncidentLimits limits;
    private final NavigableSet<Resolved> resolved = new TreeSet<>(
            Comparator.comparing(Resolved::at).thenComparing(Resolved::incidentId));
    private final Map<String, Departure> departed;
    private Instant logTime = Instant.MIN;

    Retention(IncidentLimits limits) {
        this.limits = limits;
        this.departed = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Departure> eldest) {
                return size() > limits.maxIncidents();
            }
        };
    }

    void observe(Instant occurredAt) {
        if (occurredAt.isAfter(logTime)) {
            logTime = occurredAt;
        }
    }

    /** Counts {@code incident} among the resolved ones that will leave; idempotent. */
    void resolved(Incident incident) {
        if (incident.resolvedAt() != null) {
            resolved.add(new Resolved(incident.resolvedAt(), incident.incidentId(), incident.system()));
        }
    }

    /** The incidents that leave now, when {@code held} incidents are held; each is remembered as departed. */
    List<Departure> due(int held) {
        List<Departure> leaving = new ArrayList<>();
        while (!resolved.isEmpty()) {
            Resolved first = resolved.first();
            boolean expired = !first.at().plus(limits.retention()).isAfter(logTime);
            if (!expired && held - leaving.size() <= limits.maxIncidents()) {
                break;
            }
            resolved.pollFirst();
            Departure departure = new Departure(first.incidentId(), first.system(), first.at(), logTime,
                    expired ? Cause.RETENTION : Cause.MAX_INCIDENTS);
            departed.put(departure.incidentId(), departure);
            leaving.add(departure);
        }
        return leaving;
    }

    Optional<Departure> departure(String incidentId) {
        return Optional.ofNullable(departed.get(incidentId));
    }

    int departures() {
        return departed.size();
    }
}
