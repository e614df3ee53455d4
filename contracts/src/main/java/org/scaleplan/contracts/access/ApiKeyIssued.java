package org.scaleplan.contracts.access;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.Require;
import org.scaleplan.contracts.ScaleplanEvent;

/**
 * An admin created an API key. The secret itself is never recorded, only its SHA-256. Published by
 * security-service on the compacted topic {@code scaleplan.api-keys.v1}; key: keyId, so compaction keeps the
 * latest fact of every key.
 *
 * @param secretHash hex SHA-256 of the secret, the only form in which it is stored anywhere
 * @param roles ingest, viewer, operator, admin
 * @param systems the systems the key may see and act on; empty means every system
 * @param expiresAt when the key stops working; absent means it does not expire
 * @param issuedBy the key id of the admin who created it
 */
public record ApiKeyIssued(UUID eventId, Instant occurredAt, String keyId, String name, String secretHash,
        List<String> roles, List<String> systems, @Nullable Instant expiresAt, String issuedBy)
        implements ScaleplanEvent {

    public ApiKeyIssued {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(keyId, "keyId");
        Require.text(name, "name");
        Require.text(secretHash, "secretHash");
        roles = Require.list(roles);
        systems = Require.list(systems);
        Require.text(issuedBy, "issuedBy");
    }

    @Override
    public String key() {
        return keyId;
    }
}
