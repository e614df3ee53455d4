package org.scaleplan.security.detection;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.Require;

/**
 * A leaky bucket: what is poured raises its level, {@code leakAmount} units leak out every {@code leakEvery}, and the
 * bucket overflows when its level exceeds {@code capacity}. So a slow, steady trickle never overflows, a burst does.
 *
 * @param distinct a label whose distinct values are counted, once each per bucket life, instead of amounts (e.g.
 *     {@code user}: how many different users failed to log in from one address); null to pour amounts
 */
public record BucketSpec(double capacity, double leakAmount, Duration leakEvery, @Nullable String distinct) {

    public BucketSpec {
        Require.present(leakEvery, "leakEvery");
        if (!(capacity > 0) || !(leakAmount > 0) || leakEvery.isNegative() || leakEvery.isZero()) {
            throw new IllegalArgumentException("capacity and leak must be more than 0, were " + capacity + " and "
                    + leakAmount + "/" + leakEvery);
        }
    }

    /** How much leaks out over {@code elapsed}, continuously rather than in steps, so pour times do not matter. */
    double leakedOver(Duration elapsed) {
        return leakAmount * elapsed.toMillis() / leakEvery.toMillis();
    }

    /** How long a bucket at {@code level} takes to leak empty, to the next millisecond. */
    Duration emptyAfter(double level) {
        return Duration.ofMillis((long) Math.ceil(Math.max(0, level) * leakEvery.toMillis() / leakAmount));
    }
}
