package org.scaleplan.security.detection;

import java.time.Duration;

/**
 * How long a decision lasts for a repeat offender: each offence doubles the previous one's TTL, up to the maximum,
 * so a scope that comes straight back after its block is kept out longer each time, while a one-off stays short.
 */
public final class Escalation {

    private Escalation() {
    }

    /** {@code ttl × 2^(offence - 1)}, capped at {@code maxTtl}; {@code offence} counts from 1. */
    public static Duration ttl(DecisionSpec spec, int offence) {
        if (offence < 1) {
            throw new IllegalArgumentException("offences count from 1, was " + offence);
        }
        // Compared by division, so a long record of offences cannot overflow the multiplication.
        long factor = 1L << Math.min(offence - 1, 62);
        if (spec.ttl().compareTo(spec.maxTtl().dividedBy(factor)) > 0) {
            return spec.maxTtl();
        }
        return spec.ttl().multipliedBy(factor);
    }
}
