/**
 * The soak's assertions, each a plain function of what the run saw (events read from the topics, figures read from
 * the services) and what the generator knows: store sizes stay flat, every alert of a vanished series resolves,
 * each budget threshold is announced once a month, no spend is billed across a gap, and phase-evaluator's decisions
 * equal a replay of the same samples.
 */
@NullMarked
package org.scaleplan.bench.soak.check;

import org.jspecify.annotations.NullMarked;
