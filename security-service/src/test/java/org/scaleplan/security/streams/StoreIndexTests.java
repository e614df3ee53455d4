package org.scaleplan.security.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.scaleplan.security.detection.Lifetime;
import org.scaleplan.security.detection.Scenario.Source;

class StoreIndexTests {

    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    private static final String ALICE = "series|shop-prod|m|{user=\"alice\"}";
    private static final String BOB = "series|shop-prod|m|{user=\"bob\"}";
    private static final String KEY_A = "bucket|scaleplan|api-rate-limit-abuse|key_a";

    private final StoreIndex index = new StoreIndex();

    private static Lifetime until(Source source, int seconds) {
        return new Lifetime(source, "shop-prod", T0.plusSeconds(seconds));
    }

    @Test
    void answersTheKeysOfASourceEndingByATimeSoonestFirst() {
        index.put(ALICE, until(Source.METRICS, 20), true);
        index.put(BOB, until(Source.METRICS, 10), true);
        index.put(KEY_A, until(Source.ACCESS, 5), true);

        assertThat(index.ending(Source.METRICS, T0.plusSeconds(20))).containsExactly(BOB, ALICE);
        assertThat(index.ending(Source.METRICS, T0.plusSeconds(19))).containsExactly(BOB);
        assertThat(index.ending(Source.ACCESS, T0.plusSeconds(60))).containsExactly(KEY_A);
    }

    @Test
    void movesAKeyWhoseLifetimeChangedAndDropsOneRemoved() {
        index.put(ALICE, until(Source.METRICS, 10), true);
        index.put(BOB, until(Source.METRICS, 10), true);

        index.put(ALICE, until(Source.METRICS, 30), false);
        index.remove(BOB, true);

        assertThat(index.ending(Source.METRICS, T0.plusSeconds(29))).isEmpty();
        assertThat(index.ending(Source.METRICS, T0.plusSeconds(30))).containsExactly(ALICE);
    }

    @Test
    void countsKeysPerKindAndSystemAndAltogetherWithOrWithoutALifetime() {
        index.put(ALICE, until(Source.METRICS, 10), true);
        index.put(ALICE, until(Source.METRICS, 20), false);
        index.put(BOB, until(Source.METRICS, 10), true);
        index.put("distinct|shop-prod|credential-stuffing|192.0.2.1|alice", null, true);
        index.put("clock|metrics", null, true);

        index.remove(BOB, true);
        index.remove("series|shop-prod|m|{user=\"carol\"}", false);

        assertThat(index.count("series", "shop-prod")).isEqualTo(1);
        assertThat(index.count("distinct", "shop-prod")).isEqualTo(1);
        assertThat(index.count("bucket", "shop-prod")).isZero();
        assertThat(index.size()).isEqualTo(3);
    }
}
