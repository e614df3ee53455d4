package org.scaleplan.security.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scaleplan.security.detection.Fixtures.SYSTEM;
import static org.scaleplan.security.detection.Fixtures.T0;
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

/**
 * Detection's state leaves the store once nothing of it has arrived for its period in stream time, whether a sweep
 * or the next event that touches it finds it first, with the default staleness of 5 minutes: auth failures per
 * address (capacity 3, leaking 1 every 10 s) and distinct users per address (capacity 3, leaking 1 a minute).
 * Arrival, not event time, decides: a series that keeps arriving never goes, however far behind it runs.
 */
class StateExpiryTests {

    private static final String ALICE =
            "series|shop-prod|auth_failures_total|{client_ip=\"203.0.113.7\",user=\"alice\"}";
    private static final String STUFFING = "bucket|shop-prod|credential-stuffing|203.0.113.7";

    private final JsonStore store = new JsonStore();
    private final Detection detection = new Detection(List.of(Fixtures.failures(3, 1, Duration.ofSeconds(10)),
            Fixtures.distinctUsers(3, 1, Duration.ofMinutes(1))));

    /** A failure of {@code user} at {@code at}, arriving then. */
    private List<Overflow> failed(String address, String user, double total, String at) {
        return failed(detection, counter(SYSTEM, "auth_failures_total", Map.of("client_ip", address, "user", user),
                total, at(at)), at(at));
    }

    private List<Overflow> failed(Detection by, MetricSample sample, Instant arrival) {
        return by.apply(sample, arrival, store).overflows();
    }

    private void sweep(Instant now) {
        detection.sweep(now, store);
    }

    @Test
    void aSeriesLeavesOnceNothingOfItHasArrivedForTheStalenessPeriod() {
        failed("203.0.113.7", "alice", 0, "0:00");

        sweep(at("5:00").minusMillis(1));
        assertThat(store.keys()).contains(ALICE);
        sweep(at("5:00"));

        assertThat(store.keys()).doesNotContain(ALICE);
    }

    @Test
    void aSeriesThatKeepsArrivingNeverGoesHoweverFarBehindTheRestOfItsSystemItRuns() {
        List<Overflow> overflows = new ArrayList<>();
        Instant ahead = T0.plus(Duration.ofMinutes(30));
        for (int i = 0; i < 10; i++) {
            Instant arrival = ahead.plusSeconds(15L * i);
            failed(detection, counter(SYSTEM, "auth_failures_total", Map.of("client_ip", "192.0.2.9"), 0, arrival),
                    arrival);
            overflows.addAll(failed(detection, counter(SYSTEM, "auth_failures_total", Map.of("client_ip",
                    "192.0.2.1", "region", "lagging"), 3 * i, T0.plusSeconds(15L * i)), arrival));
            sweep(arrival);
        }

        // 3 every 15 s into a bucket of 3 leaking 1.5 meanwhile: every second sample overflows
        assertThat(overflows).hasSize(4).allSatisfy(overflow -> assertThat(overflow.scope().value())
                .isEqualTo("192.0.2.1"));
    }

    @Test
    void aSystemHoursBehindAnotherOfItsPartitionDetectsAsIfItWereOnTime() {
        List<Overflow> overflows = new ArrayList<>();
        Instant ahead = T0.plus(Duration.ofHours(3));
        for (int i = 0; i < 10; i++) {
            Instant arrival = ahead.plusSeconds(15L * i);
            failed(detection, counter("shop-eu", "auth_failures_total", Map.of("client_ip", "192.0.2.9"), 0, arrival),
                    arrival);
            overflows.addAll(failed(detection, counter(SYSTEM, "auth_failures_total", Map.of("client_ip",
                    "192.0.2.1"), 3 * i, T0.plusSeconds(15L * i)), arrival));
            sweep(arrival);
        }

        assertThat(overflows).hasSize(4).allSatisfy(overflow -> assertThat(overflow.system()).isEqualTo(SYSTEM));
    }

    @Test
    void aSampleStampedFarAheadMakesNoOtherStateGo() {
        failed("203.0.113.7", "alice", 0, "0:00");

        failed(detection, counter("shop-eu", "auth_failures_total", Map.of("client_ip", "192.0.2.9"), 0,
                T0.plus(Duration.ofDays(100))), at("0:10"));
        sweep(at("0:10"));

        assertThat(store.keys()).contains(ALICE);
    }

    @Test
    void aBucketLeavesWithItsDistinctValuesOnceNothingWasPouredIntoItForTheStalenessPeriod() {
        failed("203.0.113.7", "alice", 1, "0:00");                  // level 1: empty by 1:00, gone at 5:00
        failed("198.51.100.1", "bob", 1, "4:00");
        sweep(at("4:59"));
        assertThat(store.keys()).contains(STUFFING);

        sweep(at("5:00"));

        assertThat(store.keys()).doesNotContain(STUFFING);
        assertThat(store.all()).filteredOn(key -> key.startsWith("distinct"))
                .containsExactly("distinct|shop-prod|credential-stuffing|198.51.100.1|bob");
    }

    @Test
    void aSlowBucketStaysUntilItWouldHaveLeakedEmpty() {
        Detection slow = new Detection(List.of(Fixtures.distinctUsers(10, 1, Duration.ofMinutes(1))));
        for (int user = 0; user < 8; user++) {                       // level 8: empty 8 minutes after
            failed(slow, Fixtures.failed("user-" + user, 1, T0), T0);
        }

        slow.sweep(at("7:59"), store);
        assertThat(store.keys()).contains(STUFFING);
        slow.sweep(at("8:00"), store);

        assertThat(store.all()).noneMatch(key -> key.startsWith("bucket") || key.startsWith("distinct"));
    }

    @Test
    void aSurgeLeavesOnceNoneOfItsMetricHasArrivedForTheStalenessPeriod() {
        Detection withSurge = new Detection(List.of(Fixtures.failures(3, 1, Duration.ofSeconds(10)),
                Fixtures.surge(new SurgeSpec(Duration.ofMinutes(1), 3, 1, Duration.ofMinutes(5)))));
        failed(withSurge, counter(SYSTEM, "http_requests_total", Map.of(), 10, at("0:30")), at("0:30"));
        failed(withSurge, counter(SYSTEM, "auth_failures_total", Map.of(), 0, at("5:00")), at("5:00"));

        withSurge.sweep(at("5:29"), store);
        assertThat(store.keys()).contains("surge|shop-prod|traffic-surge");
        withSurge.sweep(at("5:30"), store);

        assertThat(store.keys()).doesNotContain("surge|shop-prod|traffic-surge");
    }

    @Test
    void theStateOfAScenarioNoLongerLoadedEndsAtTheNextSweep() {
        failed("203.0.113.7", "alice", 1, "0:00");
        Detection withoutStuffing = new Detection(List.of(Fixtures.failures(3, 1, Duration.ofSeconds(10))));

        withoutStuffing.sweep(at("0:00"), store);

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
            detection.apply(sample, sample.receivedAt(), swept).overflows()
                    .forEach(o -> sweeping.add(o.at() + " " + o.summary()));
            detection.sweep(sample.receivedAt(), swept);
            detection.apply(sample, sample.receivedAt(), store).overflows()
                    .forEach(o -> notSweeping.add(o.at() + " " + o.summary()));
        }

        assertThat(sweeping).hasSizeGreaterThan(3).isEqualTo(notSweeping);
        assertThat(swept.keys()).hasSizeLessThan(store.keys().size());
    }

    /** Three addresses failing for rotating users in bursts, with silences of up to 8 minutes between them. */
    private static List<MetricSample> attackWithGaps() {
        List<MetricSample> samples = new ArrayList<>();
        Instant at = T0;
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
