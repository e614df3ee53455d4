package org.scaleplan.ingest.remotewrite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.scaleplan.ingest.remotewrite.Fixtures.NOW;
import static org.scaleplan.ingest.remotewrite.Fixtures.STALE_MARKER;
import static org.scaleplan.ingest.remotewrite.Fixtures.body;
import static org.scaleplan.ingest.remotewrite.Fixtures.request;
import static org.scaleplan.ingest.remotewrite.Fixtures.sample;
import static org.scaleplan.ingest.remotewrite.Fixtures.series;

import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.scaleplan.access.FieldProblem;
import org.scaleplan.ingest.IncomingSample;
import org.scaleplan.ingest.remotewrite.proto.RemoteWrite.Label;
import org.scaleplan.ingest.remotewrite.proto.RemoteWrite.TimeSeries;

class RemoteWriteDecoderTests {

    private final RemoteWriteDecoder decoder = new RemoteWriteDecoder(64 * 1024, 100);

    @Nested
    class Samples {

        @Test
        void takesTheNameFromTheNameLabelAndTheSystemFromTheSystemLabel() {
            DecodedWrite decoded = decoder.decode(body(request(
                    series("http_requests_total", "shop-prod", Map.of("client_ip", "10.0.0.7", "job", "shop"),
                            sample(42, NOW)))));

            assertThat(decoded.samples()).extracting(LocatedSample::sample).containsExactly(new IncomingSample(
                    "shop-prod", "http_requests_total", Map.of("client_ip", "10.0.0.7", "job", "shop"), 42, NOW));
        }

        @Test
        void keepsTheOtherLabelsInTheOrderPrometheusSortedThem() {
            DecodedWrite decoded = decoder.decode(body(request(
                    series("cpu_utilization", "shop-prod", Map.of("zone", "b", "instance", "a:9100", "cpu", "0"),
                            sample(0.5, NOW)))));

            assertThat(decoded.samples().get(0).sample().labels()).containsExactly(
                    Map.entry("cpu", "0"), Map.entry("instance", "a:9100"), Map.entry("zone", "b"));
        }

        @Test
        void givesEverySampleOfEverySeriesItsValueMillisecondTimestampAndLocation() {
            DecodedWrite decoded = decoder.decode(body(request(
                    series("active_users", "shop-prod", Map.of(), sample(1, NOW), sample(2, NOW.plusMillis(15_001))),
                    series("active_users", "blog-prod", Map.of(), sample(-3.5e-9, NOW.minusMillis(1))))));

            assertThat(decoded.samples()).extracting(LocatedSample::at, s -> s.sample().value(),
                    s -> s.sample().timestamp()).containsExactly(
                            tuple("timeseries[0].samples[0]", 1.0, NOW),
                            tuple("timeseries[0].samples[1]", 2.0, NOW.plusMillis(15_001)),
                            tuple("timeseries[1].samples[0]", -3.5e-9, NOW.minusMillis(1)));
            assertThat(decoded.received()).isEqualTo(3);
        }

        @Test
        void leavesOutLabelsWithAnEmptyValueAsPrometheusDoes() {
            DecodedWrite decoded = decoder.decode(body(request(
                    series("active_users", "shop-prod", Map.of("region", "", "job", "shop"), sample(1, NOW)))));

            assertThat(decoded.samples().get(0).sample().labels()).containsOnlyKeys("job");
        }

        @Test
        void leavesTheSystemAbsentWhenTheSeriesHasNoSystemLabel() {
            DecodedWrite decoded = decoder.decode(body(request(
                    series(Map.of("__name__", "active_users", "job", "shop"), sample(1, NOW)))));

            assertThat(decoded.samples().get(0).sample()).extracting(IncomingSample::system, IncomingSample::name)
                    .containsExactly(null, "active_users");
        }

        @Test
        void passesInfinitiesOnForTheSampleRulesToJudge() {
            DecodedWrite decoded = decoder.decode(body(request(series("http_error_ratio", "shop-prod", Map.of(),
                    sample(Double.POSITIVE_INFINITY, NOW)))));

            assertThat(decoded.samples().get(0).sample().value()).isInfinite();
        }

        @Test
        void readsARequestWithoutSeriesAsNoSamples() {
            DecodedWrite decoded = decoder.decode(body(request()));

            assertThat(decoded.samples()).isEmpty();
            assertThat(decoded.received()).isZero();
        }
    }

    @Nested
    class StaleMarkersAndNaN {

        @Test
        void countsAStaleMarkerAsTheEndOfItsSeriesAndForwardsNoValue() {
            DecodedWrite decoded = decoder.decode(body(request(series("active_users", "shop-prod", Map.of(),
                    sample(7, NOW), sample(STALE_MARKER, NOW.plusSeconds(15))))));

            assertThat(decoded.samples()).extracting(s -> s.sample().value()).containsExactly(7.0);
            assertThat(decoded.staleMarkers()).isEqualTo(1);
            assertThat(decoded.droppedNaN()).isZero();
            assertThat(decoded.received()).isEqualTo(2);
        }

        @Test
        void dropsAndCountsEveryOtherNaN() {
            double otherPayload = Double.longBitsToDouble(0x7ff0000000000003L);
            DecodedWrite decoded = decoder.decode(body(request(series("http_error_ratio", "shop-prod", Map.of(),
                    sample(Double.NaN, NOW), sample(otherPayload, NOW.plusSeconds(1)),
                    sample(0.1, NOW.plusSeconds(2))))));

            assertThat(decoded.samples()).extracting(s -> s.sample().value()).containsExactly(0.1);
            assertThat(decoded.droppedNaN()).isEqualTo(2);
            assertThat(decoded.staleMarkers()).isZero();
        }
    }

    @Nested
    class UnreadableSeries {

        @Test
        void refusesASeriesThatNamesALabelTwiceAndKeepsTheOthers() {
            TimeSeries twice = TimeSeries.newBuilder()
                    .addLabels(Label.newBuilder().setName("__name__").setValue("active_users"))
                    .addLabels(Label.newBuilder().setName("job").setValue("a"))
                    .addLabels(Label.newBuilder().setName("job").setValue("b"))
                    .addLabels(Label.newBuilder().setName("system").setValue("shop-prod"))
                    .addSamples(sample(1, NOW)).addSamples(sample(2, NOW.plusSeconds(1))).build();

            DecodedWrite decoded = decoder.decode(body(request(
                    series("active_users", "shop-prod", Map.of(), sample(3, NOW)), twice)));

            assertThat(decoded.samples()).extracting(LocatedSample::at).containsExactly("timeseries[0].samples[0]");
            assertThat(decoded.problems()).containsExactly(
                    new FieldProblem("timeseries[1].labels.job", "appears twice in the series"));
            assertThat(decoded.refusedSamples()).isEqualTo(2);
        }
    }
}
