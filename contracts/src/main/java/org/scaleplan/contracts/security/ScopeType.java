package org.scaleplan.contracts.security;

/** What a {@link Scope} names: a client address, an API key or a user. */
public enum ScopeType {
    ADDRESS, KEY, USER
}
