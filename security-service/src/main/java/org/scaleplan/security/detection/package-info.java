/**
 * Abuse detection in the spirit of CrowdSec's leaky buckets, as plain Java: scenarios read from YAML, counter
 * increases and access events poured into buckets per system, scenario and group value, and the overflows they
 * cause. Detection runs in event time and keeps its state in a {@link DetectionStore} the caller provides (a Kafka
 * Streams store), so the caller decides what to publish and whether to act. Every entry of that state has a
 * {@link Lifetimes lifetime} in stream time, from when it last arrived, and leaves the store when it has gone; how
 * much of it there may be is bounded by {@link DetectionLimits}.
 */
package org.scaleplan.security.detection;
