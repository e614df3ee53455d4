package org.scaleplan.security.keys;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An API key as the API shows it: never its secret nor the secret's hash. The secret is in {@code key} only in
 * the answer to its creation.
 *
 * @param status active, expired or revoked
 */
record KeyView(String keyId, String name, List<String> roles, List<String> systems, String status,
        Instant issuedAt, String issuedBy, @Nullable Instant expiresAt, @Nullable Instant revokedAt,
        @Nullable String key) {

    static KeyView of(KeyEntry entry, Instant now) {
        return new KeyView(entry.keyId(), entry.name(), entry.roles(), entry.systems(), status(entry, now),
                entry.issuedAt(), entry.issuedBy(), entry.expiresAt(), entry.revokedAt(), null);
    }

    KeyView withSecret(String secret) {
        return new KeyView(keyId, name, roles, systems, status, issuedAt, issuedBy, expiresAt, revokedAt, secret);
    }

    private static String status(KeyEntry entry, Instant now) {
        if (entry.revokedAt() != null) {
            return "revoked";
        }
        return entry.active(now) ? "active" : "expired";
    }
}
