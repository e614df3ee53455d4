package org.scaleplan.security.detection;

import org.jspecify.annotations.Nullable;

/**
 * Where detection keeps its state: a key-value store the caller provides (a Kafka Streams store). Keys start with
 * the kind of state and hold the system, e.g. {@code bucket|shop-prod|auth-failure-spike|203.0.113.7} or
 * {@code series|shop-prod|auth_failures_total|{client_ip="203.0.113.7",user="alice"}}, so systems never share
 * state. A bucket is deleted when it overflows; any other state stays until the store's retention, or a sweep by
 * its latest time ({@code lastPour}, {@code at}, {@code windowStart}), removes it: there is one per client address
 * and series seen, and a bucket that leaked empty or a series that ended is not touched again.
 */
public interface DetectionStore {

    @Nullable DetectionState get(String key);

    void put(String key, DetectionState state);

    void delete(String key);
}
