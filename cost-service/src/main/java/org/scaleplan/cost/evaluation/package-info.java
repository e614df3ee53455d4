/**
 * One record about a system in, cost-service's decisions out: {@link org.scaleplan.cost.evaluation.CostEvaluation}
 * joins spend, budgets, anomalies and phase projections over the system's
 * {@link org.scaleplan.cost.evaluation.SystemCosts}, ending what has gone (Staleness, judged on arrival) and closing
 * what a month kept once the system's own samples have left it, within the
 * {@link org.scaleplan.cost.evaluation.Limits} of a system. Plain Java.
 */
package org.scaleplan.cost.evaluation;
