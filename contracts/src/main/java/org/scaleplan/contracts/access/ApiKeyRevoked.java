package org.scaleplan.contracts.access;

import java.time.Instant;
import java.util.UUID;

import org.scaleplan.contracts.Require;
import org.scaleplan.contracts.ScaleplanEvent;

/**
 * An admin revoked an API key; it stops working everywhere within seconds. Published by security-service on
 * the compacted topic {@code scaleplan.api-keys.v1}; key: keyId. It repeats the key's name and secret hash
 * because after compaction it is the only record of the key left.
 *
 * @param revokedBy the key id of the admin who revoked it
 */
public record ApiKeyRevoked(UUID eventId, Instant occurredAt, String keyId, String name, String secretHash,
        String revokedBy) implements ScaleplanEvent {

    public ApiKeyRevoked {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(keyId, "keyId");
        Require.text(name, "name");
        Require.text(secretHash, "secretHash");
        Require.text(revokedBy, "revokedBy");
    }

    @Override
    public String key() {
        return keyId;
    }
}
