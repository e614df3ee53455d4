package org.scaleplan.ingest.remotewrite;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.scaleplan.access.FieldProblem;
import org.scaleplan.ingest.IncomingSample;
import org.scaleplan.ingest.remotewrite.proto.RemoteWrite.Label;
import org.scaleplan.ingest.remotewrite.proto.RemoteWrite.Sample;
import org.scaleplan.ingest.remotewrite.proto.RemoteWrite.TimeSeries;

/**
 * Turns the series of one request into samples, with Prometheus's meaning of its labels and values:
 * <ul>
 * <li>the {@code __name__} label is the metric name and the {@code system} label the system; neither stays a
 *     label;</li>
 * <li>a label with an empty value is no label (Prometheus never stores one), so it is left out;</li>
 * <li>a label name twice in one series makes the series unreadable (Prometheus refuses it too);</li>
 * <li>the stale marker, a NaN with the exact bits {@code 0x7ff0000000000002}, says the series ended: it is counted,
 *     never forwarded as a value;</li>
 * <li>any other NaN is no measurement either (a rule that divided by zero, say): it is dropped and counted rather
 *     than refused, so one NaN does not cost the request's other samples a 400.</li>
 * </ul>
 * Not thread-safe: one reader per request.
 */
class SeriesReader {

    /** Prometheus's {@code value.StaleNaN}. */
    static final long STALE_MARKER = 0x7ff0000000000002L;
    static final String NAME_LABEL = "__name__";
    static final String SYSTEM_LABEL = "system";

    private final List<LocatedSample> samples = new ArrayList<>();
    private final List<FieldProblem> problems = new ArrayList<>();
    private int refusedSamples;
    private int staleMarkers;
    private int droppedNaN;

    void read(int index, TimeSeries series) {
        Map<String, String> labels = labels(index, series);
        if (labels == null) {
            refusedSamples += series.getSamplesCount();
            return;
        }
        String name = labels.remove(NAME_LABEL);
        String system = labels.remove(SYSTEM_LABEL);
        Series of = new Series(system, name, Collections.unmodifiableMap(labels));
        for (int j = 0; j < series.getSamplesCount(); j++) {
            sample(index, j, series.getSamples(j), of);
        }
    }

    DecodedWrite result() {
        return new DecodedWrite(samples, problems, refusedSamples, staleMarkers, droppedNaN);
    }

    /** The series' labels without empty values; null (and a problem) when a name appears twice. */
    private @Nullable Map<String, String> labels(int index, TimeSeries series) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Label label : series.getLabelsList()) {
            if (labels.putIfAbsent(label.getName(), label.getValue()) != null) {
                problems.add(new FieldProblem("timeseries[" + index + "].labels." + label.getName(),
                        "appears twice in the series"));
                return null;
            }
        }
        labels.values().removeIf(String::isEmpty);
        return labels;
    }

    private void sample(int series, int index, Sample sample, Series of) {
        double value = sample.getValue();
        if (Double.doubleToRawLongBits(value) == STALE_MARKER) {
            staleMarkers++;
        } else if (Double.isNaN(value)) {
            droppedNaN++;
        } else {
            samples.add(LocatedSample.of(series, index, new IncomingSample(of.system(), of.name(), of.labels(),
                    value, Instant.ofEpochMilli(sample.getTimestamp()))));
        }
    }

    private record Series(@Nullable String system, @Nullable String name, Map<String, String> labels) {
    }
}
