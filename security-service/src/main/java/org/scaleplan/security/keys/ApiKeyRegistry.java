package org.scaleplan.security.keys;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.scaleplan.contracts.ScaleplanEvent;
import org.scaleplan.contracts.access.ApiKeyIssued;
import org.scaleplan.contracts.access.ApiKeyRevoked;

/**
 * Every API key, folded from {@code scaleplan.api-keys.v1}. After compaction a revoked key may be known only by
 * its {@link ApiKeyRevoked}, which carries enough to keep it listed as revoked.
 */
class ApiKeyRegistry {

    private final Map<String, KeyEntry> keys = new ConcurrentHashMap<>();

    /** Applies a fact of the key topic; returns the key's entry as it now stands. */
    Optional<KeyEntry> apply(ScaleplanEvent event) {
        if (event instanceof ApiKeyIssued issued) {
            return Optional.of(keys.merge(issued.keyId(), entryOf(issued), ApiKeyRegistry::keepRevocation));
        }
        if (event instanceof ApiKeyRevoked revoked) {
            return Optional.of(keys.compute(revoked.keyId(), (id, known) -> revoke(known, revoked)));
        }
        return Optional.empty();
    }

    Optional<KeyEntry> find(String keyId) {
        return Optional.ofNullable(keys.get(keyId));
    }

    List<KeyEntry> all() {
        return keys.values().stream().sorted(Comparator.comparing(KeyEntry::issuedAt).thenComparing(KeyEntry::keyId)).toList();
    }

    private static KeyEntry entryOf(ApiKeyIssued issued) {
        return new KeyEntry(issued.keyId(), issued.name(), issued.secretHash(), issued.roles(), issued.systems(),
                issued.occurredAt(), issued.issuedBy(), issued.expiresAt(), null, null);
    }

    /** A replayed issue after a revocation (e.g. a re-read of the topic) must not bring the key back. */
    private static KeyEntry keepRevocation(KeyEntry known, KeyEntry issued) {
        return known.revokedAt() != null ? known : issued;
    }

    private static KeyEntry revoke(KeyEntry known, ApiKeyRevoked revoked) {
        if (known == null) {
            return new KeyEntry(revoked.keyId(), revoked.name(), revoked.secretHash(), List.of(), List.of(),
                    revoked.occurredAt(), "unknown", null, revoked.occurredAt(), revoked.revokedBy());
        }
        return new KeyEntry(known.keyId(), known.name(), known.secretHash(), known.roles(), known.systems(),
                known.issuedAt(), known.issuedBy(), known.expiresAt(), revoked.occurredAt(), revoked.revokedBy());
    }
}
