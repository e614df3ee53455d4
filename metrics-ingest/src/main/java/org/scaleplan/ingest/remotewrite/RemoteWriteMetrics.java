package org.scaleplan.ingest.remotewrite;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * What remote-write intake tells {@code /actuator/prometheus}, besides the intake's own accepted-samples count:
 * <ul>
 * <li>{@code scaleplan_ingest_remote_write_samples_received_total}: every sample of every decoded request;</li>
 * <li>{@code scaleplan_ingest_remote_write_samples_rejected_total{reason}}: by the kind of field at fault, or
 *     {@code scope};</li>
 * <li>{@code scaleplan_ingest_remote_write_stale_markers_total}, {@code ..._nan_dropped_total}: samples that carried
 *     no value to store;</li>
 * <li>{@code scaleplan_ingest_remote_write_requests_refused_total{reason}}: requests refused whole (headers, size,
 *     not snappy, not protobuf).</li>
 * </ul>
 */
class RemoteWriteMetrics {

    private static final String PREFIX = "scaleplan.ingest.remote-write.";

    private final MeterRegistry meters;

    RemoteWriteMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    void record(CheckedWrite write) {
        DecodedWrite decoded = write.decoded();
        meters.counter(PREFIX + "samples.received").increment(decoded.received());
        meters.counter(PREFIX + "stale-markers").increment(decoded.staleMarkers());
        meters.counter(PREFIX + "nan-dropped").increment(decoded.droppedNaN());
        write.rejected().forEach((reason, samples) ->
                meters.counter(PREFIX + "samples.rejected", "reason", reason).increment(samples));
    }

    void refused(RefusedWriteException.Reason reason) {
        meters.counter(PREFIX + "requests.refused", "reason", reason.tag()).increment();
    }
}
