package org.scaleplan.security.keys;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.scaleplan.access.KeyStore;
import org.scaleplan.access.Role;
import org.scaleplan.access.StoredKey;
import org.scaleplan.contracts.ScaleplanEvent;
import org.scaleplan.security.posture.Postures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps Redis, the key store every service reads, equal to the keys recorded in Kafka: each fact is applied as
 * it is folded, and when Redis has lost its keys (restarted, flushed, or a write failed) all active keys are
 * written again from the registry. Kafka is the record; Redis is only the fast copy.
 */
public class KeyStoreSync {

    private static final Logger log = LoggerFactory.getLogger(KeyStoreSync.class);

    private final ApiKeyRegistry registry;
    private final KeyStore store;
    private final Postures postures;
    private final Clock clock;
    private volatile boolean caughtUp;
    private volatile boolean dirty = true;

    KeyStoreSync(ApiKeyRegistry registry, KeyStore store, Postures postures, Clock clock) {
        this.registry = registry;
        this.store = store;
        this.postures = postures;
        this.clock = clock;
    }

    /** Applies one fact of {@code scaleplan.api-keys.v1} to the registry and to Redis. */
    void apply(ScaleplanEvent event) {
        registry.apply(event).ifPresent(this::update);
    }

    /** Rewrites the keys limited to {@code system}, whose posture (and so their ingest rate) changed. */
    public void postureChanged(String system) {
        registry.all().stream().filter(entry -> entry.systems().contains(system)).forEach(this::update);
    }

    private void update(KeyEntry entry) {
        try {
            write(entry);
        } catch (RuntimeException e) {
            dirty = true;
            log.warn("could not update key {} in Redis, will rewrite all keys: {}", entry.keyId(), e.getMessage());
        }
    }

    /** Called once the fold has read the whole topic, so a rebuild never writes a partial key set. */
    void caughtUp() {
        caughtUp = true;
        rebuildIfNeeded();
    }

    @Scheduled(fixedDelayString = "${scaleplan.security.key-store-check:5s}")
    void rebuildIfNeeded() {
        try {
            if (caughtUp && (dirty || !store.isLoaded())) {
                List<KeyEntry> keys = registry.all();
                keys.forEach(this::write);
                store.markLoaded();
                dirty = false;
                log.info("wrote {} keys to the Redis key store", keys.size());
            }
        } catch (RuntimeException e) {
            log.warn("Redis key store not rebuilt yet: {}", e.getMessage());
        }
    }

    private void write(KeyEntry entry) {
        if (entry.active(clock.instant())) {
            store.put(entry.secretHash(), new StoredKey(entry.keyId(), entry.name(),
                    entry.roles().stream().map(Role::parse).collect(Collectors.toSet()),
                    Set.copyOf(entry.systems()), entry.expiresAt(),
                    postures.rateLimitPerMinute(entry.systems()).orElse(null)));
        } else {
            store.remove(entry.secretHash());
        }
    }
}
