package org.scaleplan.bench.load;

import java.util.Locale;

/** The two ways into metrics-ingest, each with the batch size the benchmark sends (issue 10). */
public enum Format {

    /** {@code POST /v1/metrics}: JSON batches of 1,000 samples. */
    JSON("/v1/metrics", 1_000),
    /** {@code POST /api/v1/write}: Prometheus remote-write 1.0 (protobuf, snappy) batches of 2,000 samples. */
    REMOTE_WRITE("/api/v1/write", 2_000);

    private final String path;
    private final int batch;

    Format(String path, int batch) {
        this.path = path;
        this.batch = batch;
    }

    public String path() {
        return path;
    }

    public int batch() {
        return batch;
    }

    /** The name on the command line and in the report: {@code json}, {@code remote-write}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Format of(String label) {
        for (Format format : values()) {
            if (format.label().equals(label)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + label + "' (json or remote-write)");
    }

    Batches batches(String system, int samples) {
        return this == JSON ? new JsonBatches(system, samples) : new RemoteWriteBatches(system, samples);
    }
}
