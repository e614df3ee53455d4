package org.scaleplan.security.keys;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What security-service knows of one API key: everything but the secret, whose hash is kept only to clear the
 * Redis entry on revocation and never leaves this service.
 */
record KeyEntry(String keyId, String name, String secretHash, List<String> roles, List<String> systems,
        Instant issuedAt, String issuedBy, @Nullable Instant expiresAt, @Nullable Instant revokedAt,
        @Nullable String revokedBy) {

    boolean active(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }

    /** Keys limited to systems may be seen by an admin limited to the same or more; unlimited keys only by unlimited admins. */
    boolean visibleTo(Collection<String> callerSystems) {
        return callerSystems.isEmpty() || (!systems.isEmpty() && callerSystems.containsAll(systems));
    }
}
