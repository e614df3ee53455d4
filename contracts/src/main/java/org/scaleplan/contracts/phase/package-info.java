/** Records of {@code scaleplan.phase-changes.v1}: growth-phase decisions and forecasts of phase-evaluator. */
package org.scaleplan.contracts.phase;
