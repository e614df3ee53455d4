/**
 * phase-evaluator: decides each system's growth phase from its active users, evaluates alert rules and
 * forecasts the next phase, from {@code scaleplan.metrics.v1} to {@code scaleplan.phase-changes.v1} and
 * {@code scaleplan.alerts.v1}.
 */
package org.scaleplan.evaluator;
