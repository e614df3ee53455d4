package org.scaleplan.cli.demotarget;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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

    private static final byte[] NO_BODY = new byte[0];

    private final Effects effects = new Effects();

    @Test
    void appliesTheFirstRequestWithAKeyAndCountsRepeatsAsDuplicates() {
        assertThat(post("inc-1:scale-out", "/scale/shop-prod")).isEqualTo(Outcome.EFFECT);
        assertThat(post("inc-1:scale-out", "/scale/shop-prod")).isEqualTo(Outcome.DUPLICATE);
        assertThat(post("inc-1:identify", "/notify")).isEqualTo(Outcome.EFFECT);

        assertThat(effects.snapshot()).isEqualTo(Map.of(
                "effects", 2, "duplicates", 1, "failures", 0,
                "byKey", Map.of("inc-1:scale-out", 2, "inc-1:identify", 1),
                "byPath", Map.of("/scale/shop-prod", 1, "/notify", 1),
                "replicas", Map.of()));
    }

    @Test
    void appliesEveryRequestWithoutAKey() {
        assertThat(post(null, "/notify")).isEqualTo(Outcome.EFFECT);
        assertThat(post(null, "/notify")).isEqualTo(Outcome.EFFECT);

        assertThat(effects.snapshot()).containsEntry("effects", 2).containsEntry("duplicates", 0)
                .containsEntry("byKey", Map.of()).containsEntry("byPath", Map.of("/notify", 2));
    }

    @Test
    void failsUnderFailWithoutApplyingOrRememberingTheKey() {
        assertThat(post("inc-2:page", "/fail/page")).isEqualTo(Outcome.FAILED);
        assertThat(post("inc-2:page", "/fail/page")).isEqualTo(Outcome.FAILED);
        // The same key on a path that works is then the first effect: failed attempts applied nothing.
        assertThat(post("inc-2:page", "/page")).isEqualTo(Outcome.EFFECT);

        assertThat(effects.snapshot()).containsEntry("effects", 1).containsEntry("failures", 2)
                .containsEntry("byKey", Map.of("inc-2:page", 1));
    }

    @Test
    void appliesNothingForAReadEvenWithAKey() {
        // A scale step reads the replicas with the key it then writes them with: the write is the effect.
        assertThat(effects.record("GET", "inc-5:scale-out", "/scale/shop-prod", NO_BODY)).isEqualTo(Outcome.READ);
        assertThat(effects.record("PUT", "inc-5:scale-out", "/scale/shop-prod", replicas(3)))
                .isEqualTo(Outcome.EFFECT);

        assertThat(effects.snapshot()).containsEntry("effects", 1).containsEntry("byKey", Map.of("inc-5:scale-out", 1));
    }

    @Test
    void scalesAPathOnceHoweverOftenTheStepIsRetried() {
        assertThat(effects.replicas("/scale/shop-prod")).isEqualTo(1);
        effects.record("PUT", "inc-6:scale-out", "/scale/shop-prod", replicas(3));
        // The step re-run after a crash reads 3, adds 2 again, and writes 5 with the same key: nothing changes.
        effects.record("PUT", "inc-6:scale-out", "/scale/shop-prod", replicas(5));

        assertThat(effects.replicas("/scale/shop-prod")).isEqualTo(3);
        assertThat(effects.snapshot()).containsEntry("replicas", Map.of("/scale/shop-prod", 3));
    }

    @Test
    void takesABodyThatIsNotJsonAsItComes() {
        byte[] text = "scale out, please".getBytes(StandardCharsets.UTF_8);

        assertThat(effects.record("POST", "inc-7:ask", "/scale/shop-prod", text)).isEqualTo(Outcome.EFFECT);
        assertThat(effects.replicas("/scale/shop-prod")).isEqualTo(1);
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
                        return post("inc-3:scale-out", "/scale/shop-prod");
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
        post("inc-4:notify", "/notify");
        post("inc-4:page", "/fail/page");

        effects.reset();

        assertThat(effects.snapshot()).isEqualTo(Map.of("effects", 0, "duplicates", 0, "failures", 0,
                "byKey", Map.of(), "byPath", Map.of(), "replicas", Map.of()));
        assertThat(post("inc-4:notify", "/notify")).isEqualTo(Outcome.EFFECT);
    }

    private Outcome post(String key, String path) {
        return effects.record("POST", key, path, NO_BODY);
    }

    private static byte[] replicas(int count) {
        return ("{\"replicas\":" + count + "}").getBytes(StandardCharsets.UTF_8);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
