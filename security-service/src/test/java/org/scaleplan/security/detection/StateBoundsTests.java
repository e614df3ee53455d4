package org.scaleplan.security.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scaleplan.security.detection.Fixtures.arrived;
import static org.scaleplan.security.detection.Fixtures.SYSTEM;
import static org.scaleplan.security.detection.Fixtures.at;
import static org.scaleplan.security.detection.Fixtures.counter;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.metrics.Staleness;
import org.scaleplan.security.detection.Fixtures.JsonStore;

/** What detection keeps of one system is bounded, and it says when a bound stopped it from keeping more. */
class StateBoundsTests {

    private final JsonStore store = new JsonStore();

    private static Detection bounded(int series, int buckets) {
        return new Detection(List.of(Fixtures.failures(100, 1, Duration.ofMinutes(1))),
                new DetectionLimits(Staleness.DEFAULT, series, buckets, 100));
    }

    private static Map<String, String> from(String address) {
        return Map.of("client_ip", address);
    }

    @Test
    void keepsAtMostTheBoundsSeriesOfASystemAndReadsEveryOtherSampleAsAFirst() {
        Detection detection = bounded(2, 100);
        arrived(detection, counter(SYSTEM, "auth_failures_total", from("192.0.2.1"), 0, at("0:00")), store);
        arrived(detection, counter(SYSTEM, "auth_failures_total", from("192.0.2.2"), 0, at("0:00")), store);

        Detected third = arrived(detection, counter(SYSTEM, "auth_failures_total", from("192.0.2.3"), 0,
                at("0:00")), store);
        arrived(detection, counter(SYSTEM, "auth_failures_total", from("192.0.2.3"), 5, at("0:10")), store);
        Detected elsewhere = arrived(detection, counter("shop-eu", "auth_failures_total", from("192.0.2.3"), 0,
                at("0:00")), store);

        assertThat(third.reached()).containsExactly(DetectionBound.SERIES_PER_SYSTEM);
        assertThat(store.count(StateKeys.SERIES, SYSTEM)).isEqualTo(2);
        assertThat(store.keys()).noneMatch(key -> key.startsWith("bucket"));   // its increase was never seen
        assertThat(elsewhere.reached()).isEmpty();
    }

    @Test
    void keepsAtMostTheBoundsBucketsOfASystemDroppingPoursIntoNewOnes() {
        Detection detection = bounded(100, 1);
        for (String address : List.of("192.0.2.1", "192.0.2.2")) {
            arrived(detection, counter(SYSTEM, "auth_failures_total", from(address), 0, at("0:00")), store);
        }
        arrived(detection, counter(SYSTEM, "auth_failures_total", from("192.0.2.1"), 1, at("0:10")), store);

        Detected second = arrived(detection, counter(SYSTEM, "auth_failures_total", from("192.0.2.2"), 1,
                at("0:10")), store);

        assertThat(second.reached()).containsExactly(DetectionBound.BUCKETS_PER_SYSTEM);
        assertThat(store.keys()).filteredOn(key -> key.startsWith("bucket"))
                .containsExactly("bucket|shop-prod|auth-failure-spike|192.0.2.1");
    }
}
