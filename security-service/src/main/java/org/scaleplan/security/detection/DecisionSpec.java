package org.scaleplan.security.detection;

import java.time.Duration;

import org.scaleplan.contracts.Require;
import org.scaleplan.contracts.security.DecisionAction;

/**
 * What a live scenario's overflow decides about its scope: block or throttle it for {@code ttl}, doubled for each
 * repeat offence up to {@code maxTtl} (see {@link Escalation}).
 */
public record DecisionSpec(DecisionAction action, Duration ttl, Duration maxTtl) {

    public DecisionSpec {
        Require.present(action, "action");
        Require.present(ttl, "ttl");
        Require.present(maxTtl, "maxTtl");
        if (ttl.isNegative() || ttl.isZero() || maxTtl.compareTo(ttl) < 0) {
            throw new IllegalArgumentException("a decision lasts more than 0s and at most maxTtl, was " + ttl
                    + " up to " + maxTtl);
        }
    }
}
