package org.scaleplan.security.posture;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The controls of a posture that Scaleplan acts on for a system, typed. The posture's other controls (such as
 * {@code audit-retention}) are declared and published, but only this subset changes what Scaleplan does.
 *
 * @param keyMaxAge the longest an API key scoped to the system may be issued for
 * @param rateLimitPerMinute the ingest rate limit per key for the system's keys
 * @param kafkaTlsRequired whether the system's producers must reach Kafka over TLS
 * @param mfaRequiredRoles roles whose keys must be issued with MFA confirmed, sorted
 */
public record EnforcedControls(Duration keyMaxAge, int rateLimitPerMinute, boolean kafkaTlsRequired,
        List<String> mfaRequiredRoles) {

    public EnforcedControls {
        if (keyMaxAge == null || keyMaxAge.isNegative() || keyMaxAge.isZero()) {
            throw new IllegalArgumentException("keyMaxAge must be longer than 0, was " + keyMaxAge);
        }
        if (rateLimitPerMinute < 1) {
            throw new IllegalArgumentException("rateLimitPerMinute must be at least 1, was " + rateLimitPerMinute);
        }
        mfaRequiredRoles = List.copyOf(mfaRequiredRoles);
    }

    /** The typed controls of {@code controls}, canonical texts by control name; throws if one is missing or bad. */
    static EnforcedControls of(Map<String, String> controls) {
        return new EnforcedControls(
                ControlText.toDuration(value(controls, Control.KEY_MAX_AGE)),
                Integer.parseInt(value(controls, Control.RATE_LIMIT_PER_MINUTE)),
                ControlText.toFlag(value(controls, Control.KAFKA_TLS_REQUIRED)),
                ControlText.toRoles(value(controls, Control.MFA_REQUIRED_ROLES)));
    }

    private static String value(Map<String, String> controls, Control control) {
        String value = controls.get(control.key());
        if (value == null) {
            throw new IllegalArgumentException("the posture does not declare " + control.key());
        }
        return value;
    }
}
