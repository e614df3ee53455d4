package org.scaleplan.ingest.remotewrite;

import org.scaleplan.ingest.IngestProperties;

/**
 * The intake's limits as remote-write applies them: {@code scaleplan.ingest.max-body-size} bounds both the body as
 * sent and the body decompressed (snappy never makes a real request larger), {@code scaleplan.ingest.max-samples}
 * the samples of one request.
 */
record RemoteWriteLimits(int maxBodyBytes, int maxSamples) {

    /** Short of {@code Integer.MAX_VALUE}, the largest array a JVM allocates. */
    private static final long LARGEST_ARRAY = Integer.MAX_VALUE - 8;

    static RemoteWriteLimits of(IngestProperties intake) {
        return new RemoteWriteLimits((int) Math.min(LARGEST_ARRAY, intake.maxBodySize().toBytes()),
                intake.maxSamples());
    }
}
