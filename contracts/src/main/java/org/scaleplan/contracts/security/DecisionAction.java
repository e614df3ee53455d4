package org.scaleplan.contracts.security;

/** What a decision does to its scope's requests until it expires: refuse them all, or rate-limit them. */
public enum DecisionAction {
    BLOCK, THROTTLE
}
