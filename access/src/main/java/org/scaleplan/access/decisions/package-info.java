/**
 * Block and throttle decisions as every service enforces them: read from Redis on each request, written there by
 * security-service from the decisions it publishes.
 */
package org.scaleplan.access.decisions;
