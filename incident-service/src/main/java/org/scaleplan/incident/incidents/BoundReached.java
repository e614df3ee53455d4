package org.scaleplan.incident.incidents;

/**
 * Told each time the incidents held meet one of their {@link IncidentLimits}, with what was let go or refused;
 * the service counts it (its {@code Bounds}).
 */
@FunctionalInterface
public interface BoundReached {

    void reached(String bound, long limit, String outcome);
}
