package org.scaleplan.access.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.scaleplan.access.AccessProperties;
import org.scaleplan.access.AccessProperties.FailureMode;
import org.scaleplan.access.Role;
import org.scaleplan.access.StoredKey;

class KeyCacheTests {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
    private static final StoredKey KEY = new StoredKey("k1", "ci", Set.of(Role.VIEWER), Set.of(), null);

    // trusted 5 s, "no such key" 1 s, usable stale for 60 s while Redis is down
    private final KeyCache cache = new KeyCache(new AccessProperties(Duration.ofSeconds(5), Duration.ofSeconds(1),
            Duration.ofSeconds(60), 100, Map.of(), FailureMode.OPEN, 10));

    @Test
    void trustsAFoundKeyForTheCacheTtl() {
        cache.remember("h", KEY, T0);
        assertThat(cache.fresh("h", T0.plusMillis(4_999))).isNotNull().extracting(KeyCache.Entry::key).isEqualTo(KEY);
        assertThat(cache.fresh("h", T0.plusSeconds(5))).isNull();
    }

    @Test
    void trustsNoSuchKeyOnlyForTheShorterNegativeTtl() {
        cache.remember("h", null, T0);
        assertThat(cache.fresh("h", T0.plusMillis(999))).isNotNull().extracting(KeyCache.Entry::key).isNull();
        assertThat(cache.fresh("h", T0.plusSeconds(1))).isNull();
    }

    @Test
    void offersAFoundKeyStaleUpToTheStaleMaximum() {
        cache.remember("h", KEY, T0);
        assertThat(cache.stale("h", T0.plusSeconds(60))).contains(KEY);
        assertThat(cache.stale("h", T0.plusSeconds(61))).isEmpty();
    }

    @Test
    void neverOffersNoSuchKeyStale() {
        cache.remember("h", null, T0);
        assertThat(cache.stale("h", T0)).isEmpty();
    }

    @Test
    void knowsNothingOfKeysNeverLookedUp() {
        assertThat(cache.fresh("other", T0)).isNull();
        assertThat(cache.stale("other", T0)).isEmpty();
    }

    @Test
    void replacesAnEntryWithTheLatestAnswer() {
        cache.remember("h", KEY, T0);
        cache.remember("h", null, T0.plusSeconds(6));
        assertThat(cache.fresh("h", T0.plusSeconds(6)).key()).isNull();
        assertThat(cache.stale("h", T0.plusSeconds(6))).isEmpty();
    }
}
