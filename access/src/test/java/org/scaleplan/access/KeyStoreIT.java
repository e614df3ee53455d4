package org.scaleplan.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scaleplan.testsupport.Infrastructure;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

class KeyStoreIT {

    private static LettuceConnectionFactory factory;
    private static StringRedisTemplate redis;
    private static KeyStore store;

    @BeforeAll
    static void connect() {
        factory = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration(Infrastructure.redis().host(), Infrastructure.redis().port()));
        factory.afterPropertiesSet();
        factory.start();
        redis = new StringRedisTemplate(factory);
        store = new KeyStore(redis);
    }

    @AfterAll
    static void disconnect() {
        factory.destroy();
    }

    @Test
    void keepsAKeyAsJsonUnderTheHashOfItsSecret() {
        String hash = ApiKeySecrets.hash(ApiKeySecrets.generate());
        StoredKey key = new StoredKey("k-42", "ci pipeline", Set.of(Role.INGEST, Role.VIEWER), Set.of("shop-prod"),
                Instant.parse("2027-01-01T00:00:00Z"));

        store.put(hash, key);

        assertThat(store.find(hash)).contains(key);
        assertThat(redis.opsForValue().get("scaleplan:api-key:" + hash))
                .contains("\"keyId\":\"k-42\"", "\"systems\":[\"shop-prod\"]", "\"expiresAt\":\"2027-01-01T00:00:00Z\"")
                .containsAnyOf("\"roles\":[\"ingest\",\"viewer\"]", "\"roles\":[\"viewer\",\"ingest\"]");
    }

    @Test
    void forgetsARemovedKey() {
        String hash = ApiKeySecrets.hash(ApiKeySecrets.generate());
        store.put(hash, new StoredKey("k-1", "old", Set.of(Role.ADMIN), Set.of(), null));
        store.remove(hash);
        assertThat(store.find(hash)).isEmpty();
    }

    @Test
    void tellsWhetherItWasLoadedSinceRedisWasEmptied() {
        redis.delete(KeyStore.LOADED_MARKER);
        assertThat(store.isLoaded()).isFalse();
        store.markLoaded();
        assertThat(store.isLoaded()).isTrue();
    }

    @Test
    void refusesASecretWhereAHashBelongs() {
        String secret = ApiKeySecrets.generate();
        assertThatThrownBy(() -> store.find(secret))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining(secret);
    }
}
