package org.scaleplan.ingest;

import java.time.Duration;
import java.util.Optional;

import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Remembers, per API key, which {@code Idempotency-Key}s were published and how many samples they carried, for
 * a window. State in Redis, shared by every instance; if Redis is unreachable the request is published anyway
 * (a retry then may publish twice, with the same deterministic event ids, so consumers can drop it).
 */
class IdempotencyKeys {

    private final StringRedisTemplate redis;
    private final Duration window;

    IdempotencyKeys(StringRedisTemplate redis, Duration window) {
        this.redis = redis;
        this.window = window;
    }

    /** The sample count of an earlier, published request with this key, if any. */
    Optional<Integer> published(String apiKeyId, String idempotencyKey) {
        return Optional.ofNullable(redis.opsForValue().get(key(apiKeyId, idempotencyKey))).map(Integer::valueOf);
    }

    void remember(String apiKeyId, String idempotencyKey, int samples) {
        redis.opsForValue().set(key(apiKeyId, idempotencyKey), String.valueOf(samples), window);
    }

    private static String key(String apiKeyId, String idempotencyKey) {
        return "scaleplan:idempotency:" + apiKeyId + ":" + idempotencyKey;
    }
}
