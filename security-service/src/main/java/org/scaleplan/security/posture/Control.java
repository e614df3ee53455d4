package org.scaleplan.security.posture;

import java.util.Arrays;
import java.util.List;

/**
 * The controls a posture declares, by their names in the posture file. Each has a typed value, so that a file
 * cannot set a control to something Scaleplan would have to guess at, and a name outside this list is refused, so
 * that a misspelt control is caught instead of silently left at nothing.
 */
enum Control {

    KEY_MAX_AGE("key-max-age", Kind.DURATION),
    MFA_REQUIRED_ROLES("mfa-required-roles", Kind.ROLES),
    RATE_LIMIT_PER_MINUTE("rate-limit-per-minute", Kind.COUNT),
    KAFKA_TLS_REQUIRED("kafka-tls-required", Kind.FLAG),
    AUDIT_RETENTION("audit-retention", Kind.DURATION);

    /** The type of a control's value. */
    enum Kind {
        /** A positive duration like {@code 90d}. */
        DURATION,
        /** A whole number from 1. */
        COUNT,
        /** {@code true} or {@code false}. */
        FLAG,
        /** A list of distinct roles: ingest, viewer, operator, admin. */
        ROLES
    }

    private final String key;
    private final Kind kind;

    Control(String key, Kind kind) {
        this.key = key;
        this.kind = kind;
    }

    /** The name in the posture file and in {@code PostureChanged.controls}. */
    String key() {
        return key;
    }

    Kind kind() {
        return kind;
    }

    /** Every control's name, in declaration order. */
    static List<String> keys() {
        return Arrays.stream(values()).map(Control::key).toList();
    }
}
