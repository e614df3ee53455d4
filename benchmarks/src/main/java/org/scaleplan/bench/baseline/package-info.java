/** The raw producer baseline: Kafka's {@code ProducerPerformance} in a process of its own, and its summary line. */
@NullMarked
package org.scaleplan.bench.baseline;

import org.jspecify.annotations.NullMarked;
