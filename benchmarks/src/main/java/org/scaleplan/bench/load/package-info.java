/**
 * Load on metrics-ingest: the load generator (the jar's {@code load} mode, run as a process of its own), its JSON and
 * remote-write batches, and the steps to saturation.
 */
@NullMarked
package org.scaleplan.bench.load;

import org.jspecify.annotations.NullMarked;
