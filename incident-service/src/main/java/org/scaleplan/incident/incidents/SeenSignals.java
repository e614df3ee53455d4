package org.scaleplan.incident.incidents;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.incident.IncidentOpened;
import org.scaleplan.contracts.incident.IncidentRepeated;
import org.scaleplan.contracts.incident.IncidentResolved;

/**
 * The ids of the signals that opened, joined or resolved the incidents held: one delivered again changes nothing.
 * An id is held for as long as the timeline entry that recorded it.
 */
final class SeenSignals {

    private final Set<UUID> ids = new HashSet<>();

    boolean contains(UUID signal) {
        return ids.contains(signal);
    }

    void record(SystemEvent event) {
        ids.addAll(of(event));
    }

    void forget(SystemEvent entry) {
        ids.removeAll(of(entry));
    }

    int size() {
        return ids.size();
    }

    /** The ids an event records: of what opened, joined or resolved its incident. */
    static List<UUID> of(SystemEvent event) {
        if (event instanceof IncidentOpened opened) {
            return opened.causedBy();
        }
        if (event instanceof IncidentRepeated repeated) {
            return repeated.causedBy();
        }
        return event instanceof IncidentResolved resolved ? resolved.causedBy() : List.of();
    }
}
