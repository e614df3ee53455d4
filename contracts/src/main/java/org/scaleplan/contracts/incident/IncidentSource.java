package org.scaleplan.contracts.incident;

/** What opened an incident: an alert, a security incident, a cost event, a phase change, or a person. */
public enum IncidentSource {
    ALERT, SECURITY, COST, PHASE_CHANGE, MANUAL
}
