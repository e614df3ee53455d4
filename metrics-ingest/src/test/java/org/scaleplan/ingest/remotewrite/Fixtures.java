package org.scaleplan.ingest.remotewrite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scaleplan.ingest.IngestProperties;
import org.scaleplan.ingest.SampleRules;
import org.scaleplan.ingest.remotewrite.proto.RemoteWrite.Label;
import org.scaleplan.ingest.remotewrite.proto.RemoteWrite.Sample;
import org.scaleplan.ingest.remotewrite.proto.RemoteWrite.TimeSeries;
import org.scaleplan.ingest.remotewrite.proto.RemoteWrite.WriteRequest;
import org.springframework.util.unit.DataSize;
import org.xerial.snappy.Snappy;

/** Remote-write requests built the way Prometheus builds them: labels sorted by name, ms timestamps, snappy. */
final class Fixtures {

    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    static final double STALE_MARKER = Double.longBitsToDouble(SeriesReader.STALE_MARKER);

    private Fixtures() {
    }

    /** The intake's rules with its default limits, at {@link #NOW}. */
    static SampleRules rules() {
        return new SampleRules(new IngestProperties(DataSize.ofMegabytes(10), 10_000, 30, 200, 1024,
                Duration.ofHours(24), Duration.ofMinutes(10), Duration.ofSeconds(10), Duration.ofHours(24),
                Duration.ofSeconds(5)), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** A series with {@code __name__}, {@code system} and {@code labels}, all sorted by name as Prometheus does. */
    static TimeSeries series(String name, String system, Map<String, String> labels, Sample... samples) {
        Map<String, String> all = new LinkedHashMap<>(labels);
        all.put(SeriesReader.NAME_LABEL, name);
        all.put(SeriesReader.SYSTEM_LABEL, system);
        return series(all, samples);
    }

    /** A series with exactly these labels, sorted by name (bytewise, as Prometheus's labels.Labels). */
    static TimeSeries series(Map<String, String> labels, Sample... samples) {
        List<Label> sorted = new ArrayList<>();
        labels.forEach((name, value) -> sorted.add(Label.newBuilder().setName(name).setValue(value).build()));
        sorted.sort(Comparator.comparing(Label::getName));
        return TimeSeries.newBuilder().addAllLabels(sorted).addAllSamples(List.of(samples)).build();
    }

    static Sample sample(double value, Instant at) {
        return Sample.newBuilder().setValue(value).setTimestamp(at.toEpochMilli()).build();
    }

    static WriteRequest request(TimeSeries... series) {
        return WriteRequest.newBuilder().addAllTimeseries(List.of(series)).build();
    }

    /** The body Prometheus posts: the serialized request, snappy block format. */
    static byte[] body(WriteRequest request) {
        return snappy(request.toByteArray());
    }

    static byte[] snappy(byte[] raw) {
        try {
            return Snappy.compress(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
