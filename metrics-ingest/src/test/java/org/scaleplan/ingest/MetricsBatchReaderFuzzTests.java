package org.scaleplan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.scaleplan.access.InvalidRequestException;

/**
 * Whatever a client sends, the JSON reader answers samples or a 400 naming what is wrong: never anything else
 * (which would become a 5xx). Seeded, so a failure names the input that caused it and can be replayed.
 */
class MetricsBatchReaderFuzzTests {

    private static final String VALID = IngestClient.batch("shop-prod", List.of("active_users", "cpu_utilization"));

    private final Clock clock = Clock.fixed(SampleRulesTests.NOW, ZoneOffset.UTC);
    private final MetricsBatchReader reader = new MetricsBatchReader(
            new SampleRules(SampleRulesTests.LIMITS, clock), SampleRulesTests.LIMITS, clock);

    @Test
    void readsOrRefusesAnyBytes() {
        Random random = new Random(20261127);
        for (int run = 0; run < 5000; run++) {
            byte[] body = new byte[random.nextInt(512)];
            random.nextBytes(body);
            assertReadOrRefused(body);
        }
    }

    @Test
    void readsOrRefusesAnyMutationOfAValidBatch() {
        Random random = new Random(42);
        for (int run = 0; run < 5000; run++) {
            StringBuilder mutated = new StringBuilder(VALID);
            IntStream.range(0, 1 + random.nextInt(4)).forEach(i ->
                    mutated.setCharAt(random.nextInt(mutated.length()), (char) (32 + random.nextInt(95))));
            assertReadOrRefused(mutated.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void readsOrRefusesDeeplyNestedAndTruncatedJson() {
        assertReadOrRefused(("{\"system\": \"s\", \"samples\": " + "[".repeat(5000)).getBytes(StandardCharsets.UTF_8));
        for (int cut = 0; cut < VALID.length(); cut++) {
            assertReadOrRefused(VALID.substring(0, cut).getBytes(StandardCharsets.UTF_8));
        }
    }

    private void assertReadOrRefused(byte[] body) {
        try {
            assertThat(reader.read(body)).isNotEmpty();
        } catch (InvalidRequestException refused) {
            assertThat(refused.problems()).as(new String(body, StandardCharsets.UTF_8)).isNotEmpty();
        } catch (RuntimeException other) {
            throw new AssertionError("neither read nor refused: " + new String(body, StandardCharsets.UTF_8), other);
        }
    }
}
