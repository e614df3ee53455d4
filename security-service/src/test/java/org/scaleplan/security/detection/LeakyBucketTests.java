package org.scaleplan.security.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scaleplan.security.detection.Fixtures.arrived;
import static org.scaleplan.security.detection.Fixtures.ADDRESS;
import static org.scaleplan.security.detection.Fixtures.SYSTEM;
import static org.scaleplan.security.detection.Fixtures.at;
import static org.scaleplan.security.detection.Fixtures.counter;
import static org.scaleplan.security.detection.Fixtures.failed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.contracts.security.Scope;
import org.scaleplan.contracts.security.ScopeType;
import org.scaleplan.security.detection.Fixtures.JsonStore;
import org.scaleplan.security.detection.Scenario.Mode;

/** Buckets of amounts: auth failures per address, capacity 3, leaking 1 every 10 s. */
class LeakyBucketTests {

    private static final String BUCKET = "bucket|shop-prod|auth-failure-spike|203.0.113.7";

    private final JsonStore store = new JsonStore();
    private final Scenario scenario = Fixtures.failures(3, 1, Duration.ofSeconds(10));
    private final Detection detection = new Detection(List.of(scenario));

    private List<Overflow> fail(String user, double total, String at) {
        return arrived(detection, failed(user, total, at(at)), store).overflows();
    }

    private DetectionState.Bucket bucket() {
        return Objects.requireNonNull(store.get(BUCKET)).bucket();
    }

    @Test
    void theFirstSampleOfASeriesOnlySetsItsStartingPoint() {
        assertThat(fail("alice", 50, "0:00")).isEmpty();

        assertThat(store.keys())
                .containsExactly("series|shop-prod|auth_failures_total|{client_ip=\"203.0.113.7\",user=\"alice\"}");
    }

    @Test
    void overflowsExactlyWhenTheLevelExceedsTheCapacity() {
        fail("alice", 0, "0:00");

        assertThat(fail("alice", 3, "0:10")).isEmpty();              // level 3: full, not over
        assertThat(bucket().level()).isEqualTo(3.0);
        assertThat(fail("alice", 4, "0:20")).isEmpty();              // 1 leaked in 10 s, 1 poured: 3
        assertThat(bucket().level()).isEqualTo(3.0);
        assertThat(fail("alice", 6, "0:30")).singleElement().satisfies(overflow -> {  // 1 leaked, 2 poured: 4
            assertThat(overflow.summary()).isEqualTo("6 auth_failures_total from 203.0.113.7 within 20s (capacity 3)");
            assertThat(overflow.system()).isEqualTo(SYSTEM);
            assertThat(overflow.scope()).isEqualTo(new Scope(ScopeType.ADDRESS, ADDRESS));
            assertThat(overflow.at()).isEqualTo(at("0:30"));
        });
        assertThat(store.get(BUCKET)).isNull();
    }

    @Test
    void leaksContinuouslyInEventTimeBetweenPours() {
        fail("alice", 0, "0:00");
        fail("alice", 3, "0:10");

        fail("alice", 4, "0:35");                                    // 3 - 2.5 leaked + 1

        assertThat(bucket().level()).isEqualTo(1.5);
        assertThat(bucket().poured()).isEqualTo(4.0);
    }

    @Test
    void emptiesOnOverflowAndCanOverflowAgain() {
        fail("alice", 0, "0:00");
        assertThat(fail("alice", 4, "0:10")).extracting(Overflow::summary)
                .containsExactly("4 auth_failures_total from 203.0.113.7 within 0s (capacity 3)");

        assertThat(fail("alice", 5, "0:11")).isEmpty();              // a new bucket: 1
        assertThat(bucket().level()).isEqualTo(1.0);
        assertThat(fail("alice", 8, "0:12")).extracting(Overflow::summary)  // 1 - 0.1 + 3 = 3.9
                .containsExactly("4 auth_failures_total from 203.0.113.7 within 1s (capacity 3)");
    }

    @Test
    void aSampleOlderThanTheBucketsLastPourPoursWithoutLeaking() {
        fail("alice", 0, "0:00");
        fail("bob", 0, "0:00");
        fail("alice", 2, "1:00");

        fail("bob", 1, "0:30");                                      // bob's series is newer; the bucket's is not

        assertThat(bucket()).satisfies(bucket -> {
            assertThat(bucket.level()).isEqualTo(3.0);
            assertThat(bucket.firstPour()).isEqualTo(at("0:30"));
            assertThat(bucket.lastPour()).isEqualTo(at("1:00"));
        });
    }

    @Test
    void aBucketThatLeakedEmptyStartsANewLife() {
        fail("alice", 0, "0:00");
        fail("alice", 3, "0:10");

        fail("alice", 4, "0:50");                                    // 4 leaked: empty before this pour

        assertThat(bucket()).satisfies(bucket -> {
            assertThat(bucket.level()).isEqualTo(1.0);
            assertThat(bucket.poured()).isEqualTo(1.0);
            assertThat(bucket.firstPour()).isEqualTo(at("0:50"));
        });
    }

    @Test
    void aPourBehindTheRestOfItsSystemLeaksAgainstItsOwnBucketOnly() {
        Map<String, String> carol = Map.of("client_ip", ADDRESS, "user", "carol");
        Map<String, String> otherAddress = Map.of("client_ip", "198.51.100.1", "user", "bob");
        arrived(detection, counter(SYSTEM, "auth_failures_total", carol, 0, at("0:00")), store);
        fail("alice", 0, "0:00");
        fail("alice", 3, "0:10");                                    // level 3
        arrived(detection, counter(SYSTEM, "auth_failures_total", otherAddress, 0, at("0:50")), store);

        detection.apply(counter(SYSTEM, "auth_failures_total", carol, 1, at("0:20")), at("0:51"), store);

        assertThat(bucket()).satisfies(bucket -> {                   // 3 - 1 leaked by 0:20 + 1
            assertThat(bucket.level()).isEqualTo(3.0);
            assertThat(bucket.firstPour()).isEqualTo(at("0:10"));
        });
    }

    @Test
    void systemsAndAddressesNeverShareABucket() {
        Map<String, String> alice = Map.of("client_ip", ADDRESS, "user", "alice");
        Map<String, String> otherAddress = Map.of("client_ip", "198.51.100.1", "user", "alice");
        List<MetricSample> samples = List.of(failed("alice", 0, at("0:00")), failed("alice", 3, at("0:10")),
                counter("shop-eu", "auth_failures_total", alice, 0, at("0:00")),
                counter("shop-eu", "auth_failures_total", alice, 3, at("0:10")),
                counter(SYSTEM, "auth_failures_total", otherAddress, 0, at("0:00")),
                counter(SYSTEM, "auth_failures_total", otherAddress, 3, at("0:10")));

        // 3 each, 9 together
        samples.forEach(sample -> assertThat(arrived(detection, sample, store).overflows()).isEmpty());

        assertThat(store.keys()).filteredOn(key -> key.startsWith("bucket")).containsExactly(
                "bucket|shop-eu|auth-failure-spike|203.0.113.7", "bucket|shop-prod|auth-failure-spike|198.51.100.1",
                "bucket|shop-prod|auth-failure-spike|203.0.113.7");
    }

    @Test
    void everyScenarioOfAMetricGetsTheSameIncrease() {
        BucketSpec tiny = new BucketSpec(1, 1, Duration.ofMinutes(1), null);
        Detection two = new Detection(List.of(Fixtures.leaky("first", "auth_failures_total", tiny, Mode.LIVE),
                Fixtures.leaky("second", "auth_failures_total", tiny, Mode.LIVE)));
        arrived(two, failed("alice", 0, at("0:00")), store);

        assertThat(arrived(two, failed("alice", 2, at("0:10")), store).overflows()).extracting(o -> o.scenario().id())
                .containsExactly("first", "second");
    }

    @Test
    void poursNothingForSamplesItDoesNotMatch() {
        Scenario login = new Scenario("login-failures", "", Scenario.Source.METRICS, "auth_failures_total",
                Map.of("service", "login"), "client_ip", ScopeType.ADDRESS, Mode.LIVE, "warning",
                new BucketSpec(1, 1, Duration.ofMinutes(1), null), null, null);
        Detection onLogin = new Detection(List.of(login));
        Map<String, String> requests = Map.of("service", "login", "client_ip", ADDRESS);
        Map<String, String> noAddress = Map.of("service", "login");
        List<MetricSample> unmatched = List.of(
                counter(SYSTEM, "http_requests_total", requests, 0, at("0:00")),       // another metric
                counter(SYSTEM, "http_requests_total", requests, 5, at("0:05")),
                failed("alice", 0, at("0:00")),                                        // no service label
                failed("alice", 5, at("0:05")),
                counter(SYSTEM, "auth_failures_total", noAddress, 0, at("0:00")),      // nothing to group by
                counter(SYSTEM, "auth_failures_total", noAddress, 5, at("0:05")));

        unmatched.forEach(sample -> assertThat(arrived(onLogin, sample, store).overflows()).isEmpty());

        assertThat(store.keys()).containsExactly("series|shop-prod|auth_failures_total|{service=\"login\"}");
    }

    @Test
    void anOverflowCarriesItsScenarioAndTheEventsThatFilledTheBucket() {
        Scenario shadow = Fixtures.leaky("auth-failure-spike", "auth_failures_total",
                new BucketSpec(3, 1, Duration.ofSeconds(10), null), Mode.SHADOW);
        Detection inShadow = new Detection(List.of(shadow));
        List<MetricSample> samples = List.of(failed("alice", 0, at("0:00")), failed("alice", 2, at("0:10")),
                failed("alice", 5, at("0:20")));

        List<Overflow> overflows = new ArrayList<>();
        samples.forEach(sample -> overflows.addAll(arrived(inShadow, sample, store).overflows()));

        assertThat(overflows).singleElement().satisfies(overflow -> {
            assertThat(overflow.scenario()).isSameAs(shadow);
            assertThat(overflow.scenario().mode()).isEqualTo(Mode.SHADOW);
            assertThat(overflow.scenario().decision()).isEqualTo(Fixtures.BLOCK);
            assertThat(overflow.causedBy()).containsExactly(samples.get(1).eventId(), samples.get(2).eventId());
        });
    }

    @Test
    void keepsTheLatestCausesOfALongBucketLife() {
        List<MetricSample> samples = IntStream.rangeClosed(0, 25)
                .mapToObj(i -> failed("alice", i, Fixtures.T0.plusSeconds(i))).toList();
        Detection roomy = new Detection(List.of(Fixtures.failures(100, 1, Duration.ofHours(1))));

        samples.forEach(sample -> arrived(roomy, sample, store));

        List<UUID> latest = samples.subList(6, 26).stream().map(MetricSample::eventId).toList();
        assertThat(bucket().causedBy()).hasSize(LeakyBucket.MAX_CAUSES)
                .containsExactlyElementsOf(latest.stream().map(UUID::toString).toList());
    }
}
