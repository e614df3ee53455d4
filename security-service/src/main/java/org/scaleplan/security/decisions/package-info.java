/**
 * Block and throttle decisions: issued on detections, on incident-service's action requests and by admins,
 * expired on time, kept per system in a {@link org.scaleplan.security.decisions.DecisionBook}, and copied to Redis
 * for every service to enforce.
 */
package org.scaleplan.security.decisions;
