package org.scaleplan.contracts.security;

import org.scaleplan.contracts.Require;

/**
 * Whom a security incident or decision is about, e.g. address {@code 203.0.113.7}, key {@code key-7f3a} or user
 * {@code alice}. Part of security records, not a record of its own.
 *
 * @param value the address, key id or user name (never a key's secret)
 */
public record Scope(ScopeType type, String value) {

    public Scope {
        Require.present(type, "type");
        Require.text(value, "value");
    }
}
