package org.scaleplan.access;

import java.util.Optional;
import java.util.regex.Pattern;

import org.scaleplan.contracts.EventJson;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The API keys every service checks requests against, in Redis: {@code scaleplan:api-key:<sha-256 of the secret>}
 * holds the key as JSON. Redis is only a view: security-service writes it from the compacted
 * {@code scaleplan.api-keys.v1} topic and rebuilds it when the {@code scaleplan:api-keys:loaded} marker is gone
 * (Redis was emptied or replaced).
 *
 * <p>Every method throws {@link DataAccessException} when Redis cannot be reached.
 */
public class KeyStore {

    static final String KEY_PREFIX = "scaleplan:api-key:";
    static final String LOADED_MARKER = "scaleplan:api-keys:loaded";
    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

    private final StringRedisTemplate redis;

    public KeyStore(StringRedisTemplate redis) {
        this.redis = redis;
    }

    public Optional<StoredKey> find(String secretHash) {
        String json = redis.opsForValue().get(redisKey(secretHash));
        return Optional.ofNullable(json).map(text -> EventJson.mapper().readValue(text, StoredKey.class));
    }

    public void put(String secretHash, StoredKey key) {
        redis.opsForValue().set(redisKey(secretHash), EventJson.mapper().writeValueAsString(key));
    }

    public void remove(String secretHash) {
        redis.delete(redisKey(secretHash));
    }

    /** Whether the store was filled since Redis last started empty. */
    public boolean isLoaded() {
        return Boolean.TRUE.equals(redis.hasKey(LOADED_MARKER));
    }

    public void markLoaded() {
        redis.opsForValue().set(LOADED_MARKER, "true");
    }

    /**
     * Refuses anything but a SHA-256 in hex, so that a secret passed here by mistake never becomes a Redis key
     * (Redis keys show up in monitoring tools and slow logs).
     */
    private static String redisKey(String secretHash) {
        if (secretHash == null || !SHA_256_HEX.matcher(secretHash).matches()) {
            throw new IllegalArgumentException("expected the lowercase hex SHA-256 of a secret (ApiKeySecrets.hash)");
        }
        return KEY_PREFIX + secretHash;
    }
}
