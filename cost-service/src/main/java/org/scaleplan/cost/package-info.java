/**
 * cost-service: spend per system and category from {@code scaleplan.metrics.v1}, month-end forecasts, budgets,
 * cost per active user, anomalies, and a cost projection for every phase change, published on
 * {@code scaleplan.cost-events.v1}.
 */
package org.scaleplan.cost;
