package org.scaleplan.ingest;

/**
 * What a request's samples came to.
 *
 * @param replayed true when an earlier request with the same {@code Idempotency-Key} already published them
 */
public record Accepted(int samples, boolean replayed) {
}
