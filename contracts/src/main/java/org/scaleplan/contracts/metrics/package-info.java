/** Records of {@code scaleplan.metrics.v1}: samples accepted by metrics-ingest. */
package org.scaleplan.contracts.metrics;
