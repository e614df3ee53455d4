package org.scaleplan.security.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scaleplan.security.detection.Fixtures.SYSTEM;
import static org.scaleplan.security.detection.Fixtures.at;
import static org.scaleplan.security.detection.Fixtures.counter;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.security.detection.Fixtures.JsonStore;
import org.scaleplan.security.detection.Scenario.Source;

/**
 * Detection's state leaves the store once it has gone by its system's clock, whether a sweep or the system's next
 * event finds it first, with the default staleness of 5 minutes: auth failures per address (capacity 3, leaking 1
 * every 10 s) and distinct users per address (capacity 3, leaking 1 a minute).
 */
class StateExpiryTests {

    private static final String ALICE =
            "series|shop-prod|auth_failures_total|{client_ip=\"203.0.113.7\",user=\"alice\"}";
    private static final String STUFFING = "bucket|shop-prod|credential-stuffing|203.0.113.7";

    private final JsonStore store = new JsonStore();
    private final Detection detection = new Detection(List.of(Fixtures.failures(3, 1, Duration.ofSeconds(10)),
            Fixtures.distinctUsers(3, 1, Duration.ofMinutes(1))));

    private List<Overflow> failed(String system, String address, String user, double total, String at) {
        return detection.apply(counter(system, "auth_failures_total", Map.of("client_ip", address, "user", user),
                total, at(at)), store).overflows();
    }

    private void sweep() {
        detection.sweep(Source.METRICS, store);
    }

    @Test
    void aSeriesLeavesOnceItsSystemsClockHasPassedItsLastSampleByTheStalenessPeriod() {
        failed(SYSTEM, "203.0.113.7", "alice", 0, "0:00");

        failed(SYSTEM, "198.51.100.1", "bob", 0, "4:59");
        sweep();
        assertThat(store.keys()).contains(ALICE);
        failed(SYSTEM, "198.51.100.1", "bob", 0, "5:00");
        sweep();

        assertThat(store.keys()).doesNotContain(ALICE);
    }

    @Test
    void aBucketLeavesWithItsDistinctValuesOnceItHasLeakedEmpty() {
        failed(SYSTEM, "203.0.113.7", "alice", 1, "0:00");         // level 1: empty at 1:00
        failed(SYSTEM, "198.51.100.1", "bob", 1, "0:59");
        sweep();
        assertThat(store.keys()).contains(STUFFING);

        failed(SYSTEM, "198.51.100.1", "bob", 1, "1:00");
        sweep();

        assertThat(store.keys()).doesNotContain(STUFFING);
        assertThat(store.all()).filteredOn(key -> key.startsWith("distinct"))
                .containsExactly("distinct|shop-prod|credential-stuffing|198.51.100.1|bob");
    }

    @Test
    void theStateOfASystemThatFellSilentEndsByItsPartitionsClockLessTheSkew() {
        failed(SYSTEM, "203.0.113.7", "alice", 0, "0:00");

        failed("shop-eu", "198.51.100.1", "bob", 0, "14:59");      // 5:00 + Staleness.SKEW is 15:00
        sweep();
        assertThat(store.keys()).contains(ALICE);
        failed("shop-eu", "198.51.100.1", "bob", 0, "15:00");
        sweep();

        assertThat(store.keys()).doesNotContain(ALICE);
        assertThat(store.all()).filteredOn(key -> key.startsWith("clock"))
                .containsExactly("clock|metrics", "clock|metrics|shop-eu");
    }

    @Test
    void aSurgeLeavesOnceItsSystemHasSentNoneOfItsMetricForTheStalenessPeriodAfterItsWindow() {
        Detection withSurge = new Detection(List.of(Fixtures.failures(3, 1, Duration.ofSeconds(10)),
                Fixtures.surge(new SurgeSpec(Duration.ofMinutes(1), 3, 1, Duration.ofMinutes(5)))));
        withSurge.apply(counter(SYSTEM, "http_requests_total", Map.of(), 10, at("0:30")), store);

        withSurge.apply(counter(SYSTEM, "auth_failures_total", Map.of(), 0, at("5:59")), store);
        withSurge.sweep(Source.METRICS, store);
        assertThat(store.keys()).contains("surge|shop-prod|traffic-surge");
        withSurge.apply(counter(SYSTEM, "auth_failures_total", Map.of(), 0, at("6:00")), store);
        withSurge.sweep(Source.METRICS, store);

        assertThat(store.keys()).doesNotContain("surge|shop-prod|traffic-surge");
    }

    @Test
    void accessEventsStampedFarAheadNeverAgeTheStateOfSamples() {
        Detection both = new Detection(List.of(Fixtures.failures(3, 1, Duration.ofSeconds(10)),
                Fixtures.rateLimited(3, Duration.ofMinutes(1))));
        both.apply(counter(SYSTEM, "auth_failures_total", Map.of("client_ip", "203.0.113.7"), 0, at("0:00")), store);

        both.apply(Fixtures.call("key_a", 429, Fixtures.T0.plus(Duration.ofDays(100)), SYSTEM), store);
        both.sweep(Source.METRICS, store);
        both.sweep(Source.ACCESS, store);

        assertThat(store.keys()).containsExactly("bucket|shop-prod|api-rate-limit-abuse|key_a",
                "series|shop-prod|auth_failures_total|{client_ip=\"203.0.113.7\"}");
    }

    @Test
    void theStateOfAScenarioNoLongerLoadedEndsAtTheNextSweep() {
        failed(SYSTEM, "203.0.113.7", "alice", 1, "0:00");
        Detection withoutStuffing = new Detection(List.of(Fixtures.failures(3, 1, Duration.ofSeconds(10))));

        withoutStuffing.sweep(Source.METRICS, store);

        assertThat(store.keys()).containsExactly(ALICE);
        assertThat(store.all()).noneMatch(key -> key.startsWith("distinct"));
    }

    @Test
    void whetherStateWasSweptChangesNothingDetectionFinds() {
        List<MetricSample> samples = attackWithGaps();
        JsonStore swept = new JsonStore();
        List<String> sweeping = new ArrayList<>();
        List<String> notSweeping = new ArrayList<>();

        for (MetricSample sample : samples) {
            detection.apply(sample, swept).overflows().forEach(o -> sweeping.add(o.at() + " " + o.summary()));
            detection.sweep(Source.METRICS, swept);
            detection.apply(sample, store).overflows().forEach(o -> notSweeping.add(o.at() + " " + o.summary()));
        }

        assertThat(sweeping).hasSizeGreaterThan(3).isEqualTo(notSweeping);
        assertThat(swept.keys()).hasSizeLessThan(store.keys().size());
    }

    /** Three addresses failing for rotating users in bursts, with silences of up to 8 minutes between them. */
    private static List<MetricSample> attackWithGaps() {
        List<MetricSample> samples = new ArrayList<>();
        Instant at = Fixtures.T0;
        for (int burst = 0; burst < 12; burst++) {
            for (int i = 0; i < 8; i++) {
                String address = "192.0.2." + (burst + i) % 3;
                String user = "user-" + (burst * 3 + i) % 7;
                samples.add(counter(SYSTEM, "auth_failures_total", Map.of("client_ip", address, "user", user),
                        burst + i, at));
                at = at.plusSeconds(2 + i % 3);
            }
            at = at.plus(Duration.ofMinutes(burst % 4 * 2 + 1));
        }
        return samples;
    }
}
