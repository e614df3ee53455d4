package org.scaleplan.access.keys;

import org.jspecify.annotations.Nullable;
import org.scaleplan.access.Caller;

/**
 * The result of checking a presented secret.
 *
 * @param caller present exactly when the status is {@link Status#VERIFIED}
 */
public record Verification(Status status, @Nullable Caller caller) {

    public enum Status {
        /** A live key (or the bootstrap key). */
        VERIFIED,
        /** Not even shaped like a Scaleplan key; the store was not asked. */
        NOT_A_KEY,
        /** No live key has this secret: never issued, revoked or expired. */
        UNKNOWN,
        /** The key store is unreachable and the key was not looked up recently enough to trust. */
        UNAVAILABLE
    }

    static Verification of(Caller caller) {
        return new Verification(Status.VERIFIED, caller);
    }

    static Verification of(Status status) {
        return new Verification(status, null);
    }
}
