/**
 * incident-service: incidents opened from alerts, security and cost events, phase changes and Alertmanager,
 * deduplicated by fingerprint, and the runbook engine that acts on them; its durable record is
 * {@code scaleplan.incident-events.v1}.
 */
package org.scaleplan.incident;
