package org.scaleplan.access;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.Require;

/**
 * An API key as the key store holds it, under the SHA-256 of its secret (never the secret itself).
 *
 * @param keyId the key's public id, the only way logs and audit records refer to it
 * @param name what the key is for, chosen by the admin who created it
 * @param systems the systems the key may see and act on; empty means every system
 * @param expiresAt when the key stops working; absent means it does not expire
 * @param ingestPerMinute the ingest rate limit the security posture of the key's systems sets; absent: the default
 */
public record StoredKey(String keyId, String name, Set<Role> roles, Set<String> systems,
        @Nullable Instant expiresAt, @Nullable Integer ingestPerMinute) {

    public StoredKey {
        Require.text(keyId, "keyId");
        Require.text(name, "name");
        roles = Set.copyOf(Require.present(roles, "roles"));
        // Required rather than defaulted: a missing scope must not silently mean "every system".
        systems = Set.copyOf(Require.present(systems, "systems"));
    }

    public StoredKey(String keyId, String name, Set<Role> roles, Set<String> systems, @Nullable Instant expiresAt) {
        this(keyId, name, roles, systems, expiresAt, null);
    }

    /** Whether the key no longer works at {@code now}; an expired key is treated exactly like an unknown one. */
    public boolean isExpiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }
}
