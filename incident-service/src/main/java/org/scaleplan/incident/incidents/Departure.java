package org.scaleplan.incident.incidents;

import java.time.Instant;

/**
 * An incident that left memory (its events stay on {@code scaleplan.incident-events.v1} for the topic's
 * retention).
 *
 * @param leftAt the log's time when it left
 */
public record Departure(String incidentId, String system, Instant resolvedAt, Instant leftAt, Cause cause) {

    /** Why it left: its retention passed, or more incidents than {@code max-incidents} were held. */
    public enum Cause {
        RETENTION, MAX_INCIDENTS
    }
}
