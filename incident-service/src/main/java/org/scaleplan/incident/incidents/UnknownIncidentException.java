package org.scaleplan.incident.incidents;

/** No incident has this id. */
public class UnknownIncidentException extends RuntimeException {

    public UnknownIncidentException(String incidentId) {
        super("no incident " + incidentId);
    }
}
