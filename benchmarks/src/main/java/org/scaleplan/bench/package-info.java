/**
 * The benchmark ({@code ./scaleplan bench}, issue 10): runs Scaleplan as deployed and measures it against Kafka's
 * own producer perf tool on the same broker, then writes {@code docs/benchmarks.md} and {@code .json}. This package
 * holds the command line and the order of the run; the sub-packages hold its parts.
 */
@NullMarked
package org.scaleplan.bench;

import org.jspecify.annotations.NullMarked;
