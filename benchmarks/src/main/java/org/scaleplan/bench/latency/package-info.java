/**
 * Decision and incident latency: trials that make phase-evaluator decide for a fresh system, a {@code read_committed}
 * consumer that sees the decisions, and the local target the benchmark's runbooks call.
 */
@NullMarked
package org.scaleplan.bench.latency;

import org.jspecify.annotations.NullMarked;
