/**
 * Prometheus remote-write 1.0 intake ({@code POST /api/v1/write}): a snappy-compressed protobuf
 * {@code WriteRequest} as a stock Prometheus sends it, decoded with protobuf-java and snappy-java, each sample
 * checked by the same rules as the JSON batch and handed to the shared intake. Owns the wire format
 * ({@code src/main/proto}), its decoding, Prometheus's stale markers and NaN, and the status codes the
 * remote-write specification gives a sender: 2xx only once stored, 4xx (never retried) for bad data, 5xx
 * (retried) when Kafka cannot take it.
 */
package org.scaleplan.ingest.remotewrite;
