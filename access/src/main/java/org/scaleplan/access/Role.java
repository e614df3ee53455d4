package org.scaleplan.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What an API key may do. Written in lowercase in JSON, settings and messages ({@code viewer}).
 *
 * <p>The roles are not a single ladder: {@link #ADMIN} grants every role, {@link #OPERATOR} also grants
 * {@link #VIEWER}, but {@link #INGEST} is a separate write-only role that neither grants nor is granted by
 * viewer or operator, so a key baked into a production system can send metrics and read nothing.
 */
public enum Role {

    /** Writes metrics. */
    INGEST,
    /** Reads phases, alerts, costs, incidents, decisions and the service's own metrics. */
    VIEWER,
    /** Acts on incidents: acknowledge, resolve, approve runbook steps; and reads. */
    OPERATOR,
    /** Manages keys, budgets, rules and decisions; may do everything. */
    ADMIN;

    /** Whether a key with this role may call an endpoint that needs {@code required}. */
    public boolean grants(Role required) {
        return switch (this) {
            case ADMIN -> true;
            case OPERATOR -> required == OPERATOR || required == VIEWER;
            case VIEWER -> required == VIEWER;
            case INGEST -> required == INGEST;
        };
    }

    @JsonValue
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role named {@code text} (any case). */
    @JsonCreator
    public static Role parse(String text) {
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + text + "'; roles are "
                + Arrays.stream(values()).map(Role::text).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return text();
    }
}
