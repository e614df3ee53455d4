package org.scaleplan.ingest.remotewrite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scaleplan.ingest.remotewrite.Fixtures.NOW;
import static org.scaleplan.ingest.remotewrite.Fixtures.body;
import static org.scaleplan.ingest.remotewrite.Fixtures.request;
import static org.scaleplan.ingest.remotewrite.Fixtures.sample;
import static org.scaleplan.ingest.remotewrite.Fixtures.series;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.scaleplan.ingest.remotewrite.RefusedWriteException.Reason;
import org.scaleplan.ingest.remotewrite.proto.RemoteWrite.Sample;
import org.scaleplan.ingest.remotewrite.proto.RemoteWrite.TimeSeries;
import org.xerial.snappy.SnappyFramedOutputStream;

/** Bodies the decoder refuses whole, each with the reason that sets its status. */
class RemoteWriteDecoderRefusalTests {

    private final RemoteWriteDecoder decoder = new RemoteWriteDecoder(64 * 1024, 100);

    @Test
    void refusesABodyStatingMoreThanTheLimitBeforeDecompressingIt() {
        // A varint length of 1 GiB followed by bytes that are not snappy: only the stated length is read.
        byte[] body = {(byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x04, 0x00, 0x01};

        assertThatThrownBy(() -> decoder.decode(body)).isInstanceOfSatisfying(RefusedWriteException.class,
                refused -> assertThat(refused.reason()).isEqualTo(Reason.TOO_LARGE));
    }

    @Test
    void refusesABodyStatingMoreThanAnArrayCanHold() {
        // A varint length of 2^32 - 1: negative as a Java int.
        byte[] body = {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x0f, 0x00};

        assertRefused(body, Reason.TOO_LARGE);
    }

    @Test
    void refusesMoreSamplesThanTheLimit() {
        Sample[] samples = IntStream.range(0, 101).mapToObj(i -> sample(i, NOW.plusSeconds(i)))
                .toArray(Sample[]::new);
        TimeSeries many = series("active_users", "shop-prod", Map.of(), samples);

        assertThatThrownBy(() -> decoder.decode(body(request(many))))
                .isInstanceOfSatisfying(RefusedWriteException.class, refused -> assertThat(refused.reason())
                        .isEqualTo(Reason.TOO_LARGE));
    }

    @Test
    void refusesBytesThatAreNotSnappy() {
        assertRefused("this is not snappy".getBytes(StandardCharsets.US_ASCII), Reason.NOT_SNAPPY);
    }

    @Test
    void refusesAnEmptyBody() {
        assertRefused(new byte[0], Reason.NOT_SNAPPY);
    }

    @Test
    void refusesTheFramedSnappyFormat() throws IOException {
        ByteArrayOutputStream framed = new ByteArrayOutputStream();
        try (SnappyFramedOutputStream out = new SnappyFramedOutputStream(framed)) {
            out.write(request(series("active_users", "shop-prod", Map.of(), sample(1, NOW))).toByteArray());
        }

        assertRefused(framed.toByteArray(), Reason.NOT_SNAPPY);
    }

    @Test
    void refusesSnappyThatIsNotAWriteRequest() {
        // Field 1 (timeseries), length-delimited, claiming 127 bytes that are not there.
        assertRefused(Fixtures.snappy(new byte[] {0x0a, 0x7f, 0x01}), Reason.NOT_PROTOBUF);
    }

    private void assertRefused(byte[] body, Reason reason) {
        assertThatThrownBy(() -> decoder.decode(body)).isInstanceOfSatisfying(RefusedWriteException.class,
                refused -> assertThat(refused.reason()).isEqualTo(reason));
    }
}
