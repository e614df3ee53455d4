/** Records of {@code scaleplan.alerts.v1}: alert rules of phase-evaluator that started or stopped firing. */
package org.scaleplan.contracts.alert;
