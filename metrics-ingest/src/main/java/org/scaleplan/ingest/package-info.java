/**
 * metrics-ingest: the front door for production metrics. Validates what arrives over HTTP and hands it to
 * {@code scaleplan.metrics.v1}, answering 2xx only once Kafka acknowledged it; enforces security decisions
 * read from {@code scaleplan.security-events.v1}.
 */
package org.scaleplan.ingest;
