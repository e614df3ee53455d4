package org.scaleplan.security.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scaleplan.security.detection.Fixtures.arrived;
import static org.scaleplan.security.detection.Fixtures.at;
import static org.scaleplan.security.detection.Fixtures.failed;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.metrics.Staleness;
import org.scaleplan.security.detection.Fixtures.JsonStore;

/** Buckets of distinct values: users failing from one address, capacity 3, leaking 1 a minute. */
class DistinctCountTests {

    private static final String BUCKET = "bucket|shop-prod|credential-stuffing|203.0.113.7";

    private final JsonStore store = new JsonStore();
    private final Detection detection = new Detection(List.of(Fixtures.distinctUsers(3, 1, Duration.ofMinutes(1))));

    private List<Overflow> fail(String user, double total, String at) {
        return arrived(detection, failed(user, total, at(at)), store).overflows();
    }

    private DetectionState.Bucket bucket() {
        return Objects.requireNonNull(store.get(BUCKET)).bucket();
    }

    @Test
    void overflowsOnMoreDistinctUsersThanTheCapacity() {
        assertThat(fail("alice", 1, "0:00")).isEmpty();
        assertThat(fail("bob", 1, "0:01")).isEmpty();
        assertThat(fail("carol", 1, "0:02")).isEmpty();

        assertThat(fail("dave", 1, "0:03")).extracting(Overflow::summary).containsExactly(
                "4 distinct values of user in auth_failures_total from 203.0.113.7 within 3s (capacity 3)");
        assertThat(store.get(BUCKET)).isNull();
    }

    @Test
    void countsEachUserOnceHoweverOftenItFails() {
        fail("alice", 1, "0:00");
        fail("alice", 5, "0:10");
        fail("alice", 9, "0:20");

        assertThat(bucket().level()).isEqualTo(1.0);
        assertThat(bucket().remembered()).isEqualTo(1);
    }

    @Test
    void countsAUserWhoseSeriesAppearsAboveZeroButNotAtZero() {
        fail("alice", 0, "0:00");                                   // not failing yet
        assertThat(store.get(BUCKET)).isNull();

        fail("alice", 1, "0:30");                                   // now it is

        assertThat(bucket().remembered()).isEqualTo(1);
    }

    @Test
    void forgetsTheUsersWhenTheBucketLeaksEmpty() {
        fail("alice", 1, "0:00");
        fail("bob", 1, "0:30");                                     // 0.5 leaked: level 1.5

        fail("alice", 2, "2:00");                                   // 1.5 leaked: empty, a new life

        assertThat(store.all()).filteredOn(key -> key.startsWith("distinct"))
                .containsExactly("distinct|shop-prod|credential-stuffing|203.0.113.7|alice");
        assertThat(bucket().remembered()).isEqualTo(1);
        assertThat(bucket().level()).isEqualTo(1.0);
    }

    @Test
    void remembersEachValueAsAnEntryOfItsOwnUntilTheBucketsLifeEnds() {
        fail("alice", 1, "0:00");
        fail("bob", 1, "0:30");

        assertThat(store.all()).filteredOn(key -> key.startsWith("distinct")).containsExactly(
                "distinct|shop-prod|credential-stuffing|203.0.113.7|alice",
                "distinct|shop-prod|credential-stuffing|203.0.113.7|bob");
        fail("carol", 1, "0:40");
        fail("dave", 1, "0:50");                                   // overflows: the life ends

        assertThat(store.all()).noneMatch(key -> key.startsWith("distinct"));
    }

    @Test
    void keepsTheValuesOfGroupsThatLookAlikeApart() {
        Detection byGroup = new Detection(List.of(Fixtures.distinctUsers(3, 1, Duration.ofMinutes(1))));
        arrived(byGroup, Fixtures.counter(Fixtures.SYSTEM, "auth_failures_total",
                Map.of("client_ip", "a|b", "user", "c"), 1, at("0:00")), store);
        arrived(byGroup, Fixtures.counter(Fixtures.SYSTEM, "auth_failures_total",
                Map.of("client_ip", "a", "user", "b|c"), 1, at("0:00")), store);

        assertThat(store.all()).filteredOn(key -> key.startsWith("distinct")).containsExactly(
                "distinct|shop-prod|credential-stuffing|a\\|b|c", "distinct|shop-prod|credential-stuffing|a|b|c");
    }

    @Test
    void countsAValueBeyondTheBoundButRemembersItNot() {
        Detection bounded = new Detection(List.of(Fixtures.distinctUsers(100, 1, Duration.ofHours(1))),
                new DetectionLimits(Staleness.DEFAULT, 100, 100, 2));
        arrived(bounded, failed("alice", 1, at("0:00")), store);
        arrived(bounded, failed("bob", 1, at("0:00")), store);

        Detected carol = arrived(bounded, failed("carol", 1, at("0:00")), store);
        arrived(bounded, failed("carol", 2, at("0:01")), store);        // not remembered: counts again

        assertThat(carol.reached()).containsExactly(DetectionBound.DISTINCT_PER_BUCKET);
        assertThat(bucket().remembered()).isEqualTo(2);
        assertThat(bucket().poured()).isEqualTo(4.0);
        assertThat(arrived(bounded, failed("alice", 2, at("0:02")), store).reached()).isEmpty();   // counted already
    }
}
