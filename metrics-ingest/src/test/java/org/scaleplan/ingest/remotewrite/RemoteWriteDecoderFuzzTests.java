package org.scaleplan.ingest.remotewrite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.scaleplan.ingest.IncomingSample;

/**
 * Whatever arrives, the decoder reads it or refuses it with a 4xx, and the sample rules judge what it read without
 * failing: no body makes remote-write answer 5xx. Each case comes from a numbered seed, named when it fails, so a
 * failure is reproduced by that seed alone.
 */
class RemoteWriteDecoderFuzzTests {

    private static final int CASES = 400;

    private final RemoteWriteDecoder decoder = new RemoteWriteDecoder(64 * 1024, 1_000);
    private final WriteChecker checker = new WriteChecker(Fixtures.rules());

    @Test
    void randomRequestsRoundTripExactly() {
        for (long seed = 0; seed < CASES; seed++) {
            RandomRequests random = new RandomRequests(seed);

            DecodedWrite decoded = decoder.decode(Fixtures.body(random.request()));

            List<IncomingSample> read = decoded.samples().stream().map(LocatedSample::sample).toList();
            assertThat(read).as("seed %d", seed).containsExactlyElementsOf(random.expected());
            for (int i = 0; i < read.size(); i++) {
                assertThat(read.get(i).labels().keySet()).as("label order, seed %d", seed)
                        .containsExactlyElementsOf(random.expected().get(i).labels().keySet());
            }
            assertThat(decoded.staleMarkers()).as("seed %d", seed).isEqualTo(random.staleMarkers());
            assertThat(decoded.droppedNaN()).as("seed %d", seed).isEqualTo(random.nan());
        }
    }

    @Test
    void randomBytesAreReadOrRefused() {
        for (long seed = 0; seed < CASES * 5; seed++) {
            Random random = new Random(seed);
            assertReadOrRefused(bytes(random, random.nextInt(2048)), seed);
        }
    }

    @Test
    void randomBytesUnderAPlausibleLengthAreReadOrRefused() {
        for (long seed = 0; seed < CASES * 5; seed++) {
            Random random = new Random(seed);
            byte[] rest = bytes(random, random.nextInt(512));
            byte[] body = new byte[rest.length + 1];
            body[0] = (byte) random.nextInt(0x80);
            System.arraycopy(rest, 0, body, 1, rest.length);
            assertReadOrRefused(body, seed);
        }
    }

    @Test
    void randomBytesCompressedCorrectlyAreReadOrRefused() {
        for (long seed = 0; seed < CASES * 5; seed++) {
            Random random = new Random(seed);
            assertReadOrRefused(Fixtures.snappy(bytes(random, random.nextInt(1024))), seed);
        }
    }

    @Test
    void everyTruncationOfAValidBodyIsReadOrRefused() {
        for (long seed = 0; seed < CASES / 10; seed++) {
            byte[] body = Fixtures.body(new RandomRequests(seed).request());
            for (int length = 0; length < body.length; length++) {
                assertReadOrRefused(Arrays.copyOf(body, length), seed);
            }
        }
    }

    @Test
    void validBodiesWithFlippedBitsAreReadOrRefused() {
        for (long seed = 0; seed < CASES; seed++) {
            Random random = new Random(seed);
            byte[] compressed = Fixtures.body(new RandomRequests(seed).request());
            byte[] raw = new RandomRequests(seed).request().toByteArray();
            assertReadOrRefused(flipped(compressed, random), seed);
            assertReadOrRefused(Fixtures.snappy(flipped(raw, random)), seed);
        }
    }

    private void assertReadOrRefused(byte[] body, long seed) {
        assertThatCode(() -> {
            try {
                checker.check(decoder.decode(body), system -> true);
            } catch (RefusedWriteException refused) {
                assertThat(refused.reason().status()).isBetween(400, 499);
            }
        }).as("seed %d, body %s", seed, Arrays.toString(Arrays.copyOf(body, Math.min(body.length, 64))))
                .doesNotThrowAnyException();
    }

    private static byte[] flipped(byte[] body, Random random) {
        byte[] flipped = body.clone();
        for (int i = random.nextInt(4) + 1; i > 0 && flipped.length > 0; i--) {
            flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return flipped;
    }

    private static byte[] bytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
