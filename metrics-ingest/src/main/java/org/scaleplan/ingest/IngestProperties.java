package org.scaleplan.ingest;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits and timings of the intake ({@code scaleplan.ingest.*}). Every bound answers a clear 4xx or 503, never a
 * hang (DESIGN.md 6).
 *
 * @param maxBodySize largest request body, JSON or decompressed remote-write
 * @param maxSamples most samples in one request
 * @param maxLabels most labels on one sample (besides the name and system)
 * @param maxAge oldest sample timestamp accepted, before now
 * @param maxFuture furthest sample timestamp accepted, after now (clock skew)
 * @param publishTimeout how long a request waits for Kafka to acknowledge its samples before 503
 * @param idempotencyWindow how long an {@code Idempotency-Key} is remembered
 * @param retryAfter the {@code Retry-After} of a 503
 */
@ConfigurationProperties("scaleplan.ingest")
public record IngestProperties(@DefaultValue("10MB") DataSize maxBodySize, @DefaultValue("10000") int maxSamples,
        @DefaultValue("30") int maxLabels, @DefaultValue("200") int maxNameLength,
        @DefaultValue("1024") int maxLabelValueLength, @DefaultValue("24h") Duration maxAge,
        @DefaultValue("10m") Duration maxFuture, @DefaultValue("10s") Duration publishTimeout,
        @DefaultValue("24h") Duration idempotencyWindow, @DefaultValue("5s") Duration retryAfter) {
}
