/**
 * The time-travel soak ({@code ./scaleplan soak}, issue 16): a quarter of a churning fleet, in simulated time, through
 * the real services as processes in minutes, asserting that their state stays bounded and their results right
 * (docs/soak.md). This package holds the command line and the order of the run, and talks to the stack; {@code fleet}
 * makes the samples and knows what they should cost, {@code check} holds the assertions.
 */
@NullMarked
package org.scaleplan.bench.soak;

import org.jspecify.annotations.NullMarked;
