package org.scaleplan.access.keys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.InstantSource;

import org.jspecify.annotations.Nullable;
import org.scaleplan.access.AccessProperties;
import org.scaleplan.access.ApiKeySecrets;
import org.scaleplan.access.Caller;
import org.scaleplan.access.KeyStore;
import org.scaleplan.access.RedisOutages;
import org.scaleplan.access.StoredKey;
import org.scaleplan.access.keys.Verification.Status;
import org.springframework.dao.DataAccessException;

/**
 * Turns a presented secret into a {@link Caller}: the bootstrap admin key by constant-time hash comparison,
 * otherwise the key store through the local {@link KeyCache}. The secret is hashed first and never kept,
 * logged or passed on.
 */
public class KeyVerifier {

    private final KeyStore store;
    private final KeyCache cache;
    private final byte @Nullable [] bootstrapHash;
    private final RedisOutages outages;
    private final InstantSource clock;

    /** @param bootstrapKey the bootstrap admin secret; absent or blank when there is none */
    public KeyVerifier(KeyStore store, AccessProperties properties, @Nullable String bootstrapKey,
            RedisOutages outages, InstantSource clock) {
        this.store = store;
        this.cache = new KeyCache(properties);
        this.bootstrapHash = bootstrapKey == null || bootstrapKey.isBlank() ? null : hashBytes(bootstrapKey);
        this.outages = outages;
        this.clock = clock;
    }

    public Verification verify(String secret) {
        String hash = ApiKeySecrets.hash(secret);
        if (bootstrapHash != null && MessageDigest.isEqual(bootstrapHash, hash.getBytes(StandardCharsets.US_ASCII))) {
            return Verification.of(Caller.BOOTSTRAP);
        }
        if (!ApiKeySecrets.isWellFormed(secret)) {
            return Verification.of(Status.NOT_A_KEY);
        }
        Instant now = clock.instant();
        KeyCache.Entry cached = cache.fresh(hash, now);
        return cached != null ? verdict(cached.key(), now) : lookUp(hash, now);
    }

    private Verification lookUp(String hash, Instant now) {
        try {
            StoredKey key = store.find(hash).orElse(null);
            outages.succeeded();
            cache.remember(hash, key, now);
            return verdict(key, now);
        } catch (DataAccessException e) {
            outages.failed("key-lookup", e);
            return cache.stale(hash, now).map(key -> verdict(key, now)).orElse(Verification.of(Status.UNAVAILABLE));
        }
    }

    private static Verification verdict(@Nullable StoredKey key, Instant now) {
        return key == null || key.isExpiredAt(now) ? Verification.of(Status.UNKNOWN) : Verification.of(Caller.of(key));
    }

    private static byte[] hashBytes(String secret) {
        return ApiKeySecrets.hash(secret).getBytes(StandardCharsets.US_ASCII);
    }
}
