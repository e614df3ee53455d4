/**
 * Records of {@code scaleplan.cost-events.v1}: budget thresholds crossed, cost projected for a phase and cost
 * anomalies, all published by cost-service.
 */
package org.scaleplan.contracts.cost;
