/**
 * Budgets: {@link org.scaleplan.cost.budget.BudgetTracker} announces each threshold of a
 * {@link org.scaleplan.cost.budget.Budget} once per month and basis. Plain Java.
 */
package org.scaleplan.cost.budget;
