package org.scaleplan.access.keys;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.scaleplan.access.AccessProperties;
import org.scaleplan.access.StoredKey;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

/**
 * Key-store answers remembered by secret hash, so most requests need no Redis call. A found key is trusted for
 * {@code cache-ttl} (the most a revocation can lag) and kept up to {@code stale-cache-max} for Redis outages; a
 * "no such key" answer is trusted for {@code negative-cache-ttl} and never used stale, because refusing a key
 * that was created meanwhile as unknown would be wrong. Bounded in size; Caffeine evicts rarely used entries
 * first, so a flood of made-up keys does not push out the keys in use.
 */
final class KeyCache {

    private final Cache<String, Entry> entries;
    private final Duration ttl;
    private final Duration negativeTtl;
    private final Duration staleMax;

    KeyCache(AccessProperties properties) {
        this.ttl = properties.cacheTtl();
        this.negativeTtl = properties.negativeCacheTtl();
        this.staleMax = properties.staleCacheMax().compareTo(ttl) > 0 ? properties.staleCacheMax() : ttl;
        this.entries = Caffeine.newBuilder()
                .maximumSize(properties.cacheMaxEntries())
                .expireAfter(Expiry.creating((String hash, Entry entry) -> entry.key() == null ? negativeTtl : staleMax))
                .build();
    }

    /** The remembered answer if it is recent enough to trust without Redis; {@code null} to ask Redis. */
    @Nullable Entry fresh(String hash, Instant now) {
        Entry entry = entries.getIfPresent(hash);
        if (entry == null) {
            return null;
        }
        Duration trusted = entry.key() == null ? negativeTtl : ttl;
        return entry.age(now).compareTo(trusted) < 0 ? entry : null;
    }

    /** A found key looked up at most {@code stale-cache-max} ago, for when Redis cannot be asked. */
    Optional<StoredKey> stale(String hash, Instant now) {
        Entry entry = entries.getIfPresent(hash);
        if (entry == null || entry.key() == null || entry.age(now).compareTo(staleMax) > 0) {
            return Optional.empty();
        }
        return Optional.of(entry.key());
    }

    void remember(String hash, @Nullable StoredKey key, Instant now) {
        entries.put(hash, new Entry(key, now));
    }

    /** @param key absent when the store had no such key */
    record Entry(@Nullable StoredKey key, Instant fetchedAt) {

        Duration age(Instant now) {
            return Duration.between(fetchedAt, now);
        }
    }
}
