/**
 * Records of {@code scaleplan.incident-events.v1}: the lifecycle of incidents, the steps of the runbooks run for
 * them, and the actions they ask other services to take, all published by incident-service.
 */
package org.scaleplan.contracts.incident;
