package org.scaleplan.cli.demotarget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.scaleplan.cli.demotarget.Effects.Outcome;

class EffectsTests {

    private final Effects effects = new Effects();

    @Test
    void appliesTheFirstRequestWithAKeyAndCountsRepeatsAsDuplicates() {
        assertThat(effects.record("inc-1:scale-out", "/scale/shop-prod")).isEqualTo(Outcome.EFFECT);
        assertThat(effects.record("inc-1:scale-out", "/scale/shop-prod")).isEqualTo(Outcome.DUPLICATE);
        assertThat(effects.record("inc-1:identify", "/notify")).isEqualTo(Outcome.EFFECT);

        assertThat(effects.snapshot()).isEqualTo(Map.of(
                "effects", 2, "duplicates", 1, "failures", 0,
                "byKey", Map.of("inc-1:scale-out", 2, "inc-1:identify", 1),
                "byPath", Map.of("/scale/shop-prod", 1, "/notify", 1)));
    }

    @Test
    void appliesEveryRequestWithoutAKey() {
        assertThat(effects.record(null, "/notify")).isEqualTo(Outcome.EFFECT);
        assertThat(effects.record(null, "/notify")).isEqualTo(Outcome.EFFECT);

        assertThat(effects.snapshot()).containsEntry("effects", 2).containsEntry("duplicates", 0)
                .containsEntry("byKey", Map.of()).containsEntry("byPath", Map.of("/notify", 2));
    }

    @Test
    void failsUnderFailWithoutApplyingOrRememberingTheKey() {
        assertThat(effects.record("inc-2:page", "/fail/page")).isEqualTo(Outcome.FAILED);
        assertThat(effects.record("inc-2:page", "/fail/page")).isEqualTo(Outcome.FAILED);
        // The same key on a path that works is then the first effect: failed attempts applied nothing.
        assertThat(effects.record("inc-2:page", "/page")).isEqualTo(Outcome.EFFECT);

        assertThat(effects.snapshot()).containsEntry("effects", 1).containsEntry("failures", 2)
                .containsEntry("byKey", Map.of("inc-2:page", 1));
    }

    @Test
    void countsAKeyOnceAmongConcurrentRetries() throws Exception {
        int requests = 16;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<CompletableFuture<Outcome>> outcomes = IntStream.range(0, requests)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                        await(start);
                        return effects.record("inc-3:scale-out", "/scale/shop-prod");
                    }, pool)).toList();
            start.countDown();

            List<Outcome> results = outcomes.stream().map(CompletableFuture::join).toList();
            assertThat(results).containsOnlyOnce(Outcome.EFFECT);
            assertThat(effects.snapshot()).containsEntry("effects", 1).containsEntry("duplicates", requests - 1)
                    .containsEntry("byKey", Map.of("inc-3:scale-out", requests));
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void forgetsEverythingOnReset() {
        effects.record("inc-4:notify", "/notify");
        effects.record("inc-4:page", "/fail/page");

        effects.reset();

        assertThat(effects.snapshot()).isEqualTo(Map.of("effects", 0, "duplicates", 0, "failures", 0,
                "byKey", Map.of(), "byPath", Map.of()));
        assertThat(effects.record("inc-4:notify", "/notify")).isEqualTo(Outcome.EFFECT);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
