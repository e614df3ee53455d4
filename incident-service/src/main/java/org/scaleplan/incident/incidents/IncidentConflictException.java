package org.scaleplan.incident.incidents;

/** An operator's command does not fit the incident's state, e.g. acknowledging a resolved incident. */
public class IncidentConflictException extends RuntimeException {

    public IncidentConflictException(String message) {
        super(message);
    }
}
