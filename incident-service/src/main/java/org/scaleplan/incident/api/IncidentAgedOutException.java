package org.scaleplan.incident.api;

import org.scaleplan.incident.incidents.Departure;

/** The incident asked for existed, and the caller may see it, but it is no longer held in memory. */
class IncidentAgedOutException extends RuntimeException {

    private final transient Departure departure;

    IncidentAgedOutException(Departure departure) {
        super(departure.incidentId() + " left memory at " + departure.leftAt());
        this.departure = departure;
    }

    Departure departure() {
        return departure;
    }
}
