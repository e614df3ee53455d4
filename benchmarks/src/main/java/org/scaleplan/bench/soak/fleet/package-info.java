/**
 * The soak's synthetic fleet, in simulated time: its calendar ({@link org.scaleplan.bench.soak.fleet.Schedule}), the
 * samples each system sends at each tick ({@link org.scaleplan.bench.soak.fleet.Fleet}), and what they should cost
 * ({@link org.scaleplan.bench.soak.fleet.SpendLedger}). Plain Java: the same inputs always give the same samples.
 */
@NullMarked
package org.scaleplan.bench.soak.fleet;

import org.jspecify.annotations.NullMarked;
