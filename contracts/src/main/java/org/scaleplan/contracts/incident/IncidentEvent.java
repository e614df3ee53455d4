package org.scaleplan.contracts.incident;

import org.scaleplan.contracts.SystemEvent;

/** A record of {@code scaleplan.incident-events.v1}: every one belongs to one incident. */
public interface IncidentEvent extends SystemEvent {

    String incidentId();
}
