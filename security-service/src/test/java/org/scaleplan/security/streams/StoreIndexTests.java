package org.scaleplan.security.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class StoreIndexTests {

    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    private static final String ALICE = "series|shop-prod|m|{user=\"alice\"}";
    private static final String BOB = "series|shop-prod|m|{user=\"bob\"}";
    private static final String KEY_A = "bucket|scaleplan|api-rate-limit-abuse|key_a";

    private final StoreIndex index = new StoreIndex();

    @Test
    void answersTheKeysGoneByAStreamTimeSoonestFirst() {
        index.put(ALICE, T0.plusSeconds(20), 10, null);
        index.put(BOB, T0.plusSeconds(10), 10, null);
        index.put(KEY_A, T0.plusSeconds(5), 10, null);

        assertThat(index.ending(T0.plusSeconds(20))).containsExactly(KEY_A, BOB, ALICE);
        assertThat(index.ending(T0.plusSeconds(19))).containsExactly(KEY_A, BOB);
    }

    @Test
    void movesAKeyWhoseLifetimeChangedAndDropsOneRemoved() {
        index.put(ALICE, T0.plusSeconds(10), 10, null);
        index.put(BOB, T0.plusSeconds(10), 10, null);

        index.put(ALICE, T0.plusSeconds(30), 10, 10);
        index.remove(BOB, 10);

        assertThat(index.ending(T0.plusSeconds(29))).isEmpty();
        assertThat(index.ending(T0.plusSeconds(30))).containsExactly(ALICE);
    }

    @Test
    void countsKeysPerKindAndSystemAndAltogetherWithOrWithoutALifetime() {
        index.put(ALICE, T0.plusSeconds(10), 10, null);
        index.put(ALICE, T0.plusSeconds(20), 10, 10);
        index.put(BOB, T0.plusSeconds(10), 10, null);
        index.put("distinct|shop-prod|credential-stuffing|192.0.2.1|alice", null, 10, null);

        index.remove(BOB, 10);
        index.remove("series|shop-prod|m|{user=\"carol\"}", null);

        assertThat(index.count("series", "shop-prod")).isEqualTo(1);
        assertThat(index.count("distinct", "shop-prod")).isEqualTo(1);
        assertThat(index.count("bucket", "shop-prod")).isZero();
        assertThat(index.size()).isEqualTo(2);
    }

    @Test
    void addsUpTheBytesOfWhatItHoldsAsKeysAreWrittenOverAndRemoved() {
        index.put(ALICE, T0, 100, null);
        index.put(BOB, T0, 50, null);
        index.put(ALICE, T0, 120, index.bytesOf(ALICE));
        index.remove(BOB, 50);

        assertThat(index.bytes()).isEqualTo(120);
        assertThat(index.bytesOf(ALICE)).isEqualTo(120);
    }
}
