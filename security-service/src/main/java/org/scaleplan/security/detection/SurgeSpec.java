package org.scaleplan.security.detection;

import java.time.Duration;

import org.scaleplan.contracts.Require;

/**
 * A surge of a system's total traffic against its own baseline: the rate over each {@code window} is compared with
 * an exponentially weighted average of the rates of past windows. A surge is reported when the rate exceeds
 * {@code factor} times that baseline and is at least {@code minRate} (so a quiet system going from 1 to 6 requests
 * a second is no surge), once the baseline has {@code warmup} of history behind it.
 *
 * @param minRate units per second
 */
public record SurgeSpec(Duration window, double factor, double minRate, Duration warmup) {

    public SurgeSpec {
        Require.present(window, "window");
        Require.present(warmup, "warmup");
        boolean positiveWindow = !window.isNegative() && !window.isZero();
        if (!positiveWindow || !(factor > 1) || !(minRate >= 0) || warmup.compareTo(window) < 0) {
            throw new IllegalArgumentException("a surge needs a window over 0s, a factor over 1, a min-rate of at "
                    + "least 0 and a warmup of at least one window");
        }
    }

    /**
     * The weight of each new window in the baseline: 2 / (N + 1) for N = warmup / window, the usual span of an
     * exponential average, so the baseline remembers about as much history as it needed to warm up.
     */
    double smoothing() {
        long windows = warmup.toMillis() / window.toMillis();
        return 2.0 / (windows + 1);
    }
}
