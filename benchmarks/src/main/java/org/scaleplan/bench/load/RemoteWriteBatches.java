package org.scaleplan.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.scaleplan.ingest.remotewrite.proto.RemoteWrite.Label;
import org.scaleplan.ingest.remotewrite.proto.RemoteWrite.Sample;
import org.scaleplan.ingest.remotewrite.proto.RemoteWrite.TimeSeries;
import org.scaleplan.ingest.remotewrite.proto.RemoteWrite.WriteRequest;
import org.xerial.snappy.Snappy;

/**
 * {@code POST /api/v1/write} bodies as a stock Prometheus builds them: one {@code TimeSeries} per sample, labels
 * sorted by name ({@code __name__}, {@code instance}, {@code job}, {@code system}), millisecond timestamps, the
 * serialized {@code WriteRequest} snappy-compressed in block format.
 */
final class RemoteWriteBatches implements Batches {

    private final List<List<Label>> labels;
    private final int samples;
    private long sequence;

    RemoteWriteBatches(String system, int samples) {
        this.samples = samples;
        this.labels = IntStream.range(0, SampleShape.SERIES).mapToObj(series -> List.of(
                label("__name__", SampleShape.name(series)), label("instance", SampleShape.instance(series)),
                label("job", "bench"), label("system", system))).toList();
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Content-Type", "application/x-protobuf", "Content-Encoding", "snappy",
                "X-Prometheus-Remote-Write-Version", "0.1.0");
    }

    @Override
    public byte[] next() {
        long now = System.currentTimeMillis();
        WriteRequest.Builder request = WriteRequest.newBuilder();
        for (int i = 0; i < samples; i++) {
            request.addTimeseries(TimeSeries.newBuilder().addAllLabels(labels.get(i % SampleShape.SERIES))
                    .addSamples(Sample.newBuilder().setValue(SampleShape.value(i, sequence++))
                            .setTimestamp(now - i / SampleShape.SERIES)));
        }
        try {
            return Snappy.compress(request.build().toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Label label(String name, String value) {
        return Label.newBuilder().setName(name).setValue(value).build();
    }
}
