package org.scaleplan.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.scaleplan.ingest.remotewrite.proto.RemoteWrite.Label;
import org.scaleplan.ingest.remotewrite.proto.RemoteWrite.Sample;
import org.scaleplan.ingest.remotewrite.proto.RemoteWrite.TimeSeries;
import org.scaleplan.ingest.remotewrite.proto.RemoteWrite.WriteRequest;
import org.xerial.snappy.Snappy;

/**
 * {@code POST /api/v1/write} bodies as a stock Prometheus builds them: one {@code TimeSeries} per sample, the next
 * {@code samples} of the system's {@link SampleShape#SERIES} series, labels sorted by name ({@code __name__},
 * {@code instance}, {@code job}, {@code system}), millisecond timestamps, the serialized {@code WriteRequest}
 * snappy-compressed in block format.
 */
final class RemoteWriteBatches implements Batches {

    private static final Label JOB = label("job", "bench");
    private static final Label READ = label("__name__", SampleShape.READ);
    private static final Label UNREAD = label("__name__", SampleShape.UNREAD);

    private final Label system;
    private final int samples;
    private int series;
    private long sequence;

    RemoteWriteBatches(String system, int samples) {
        this.system = label("system", system);
        this.samples = samples;
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
            Label name = SampleShape.name(series).equals(SampleShape.READ) ? READ : UNREAD;
            request.addTimeseries(TimeSeries.newBuilder()
                    .addAllLabels(List.of(name, label("instance", SampleShape.instance(series)), JOB, system))
                    .addSamples(Sample.newBuilder().setValue(SampleShape.value(series, sequence++))
                            .setTimestamp(now)));
            series = (series + 1) % SampleShape.SERIES;
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
