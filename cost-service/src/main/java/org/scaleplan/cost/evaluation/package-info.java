/**
 * One record about a system in, cost-service's decisions out: {@link org.scaleplan.cost.evaluation.CostEvaluation}
 * joins spend, budgets, anomalies and phase projections over the system's
 * {@link org.scaleplan.cost.evaluation.SystemCosts}. Plain Java.
 */
package org.scaleplan.cost.evaluation;
