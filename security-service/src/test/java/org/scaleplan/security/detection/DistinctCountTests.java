package org.scaleplan.security.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scaleplan.security.detection.Fixtures.at;
import static org.scaleplan.security.detection.Fixtures.failed;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.scaleplan.security.detection.Fixtures.JsonStore;

/** Buckets of distinct values: users failing from one address, capacity 3, leaking 1 a minute. */
class DistinctCountTests {

    private static final String BUCKET = "bucket|shop-prod|credential-stuffing|203.0.113.7";

    private final JsonStore store = new JsonStore();
    private final Detection detection = new Detection(List.of(Fixtures.distinctUsers(3, 1, Duration.ofMinutes(1))));

    private List<Overflow> fail(String user, double total, String at) {
        return detection.apply(failed(user, total, at(at)), store);
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
        assertThat(bucket().distinct()).containsExactly("alice");
    }

    @Test
    void countsAUserWhoseSeriesAppearsAboveZeroButNotAtZero() {
        fail("alice", 0, "0:00");                                   // not failing yet
        assertThat(store.get(BUCKET)).isNull();

        fail("alice", 1, "0:30");                                   // now it is

        assertThat(bucket().distinct()).containsExactly("alice");
    }

    @Test
    void forgetsTheUsersWhenTheBucketLeaksEmpty() {
        fail("alice", 1, "0:00");
        fail("bob", 1, "0:30");                                     // 0.5 leaked: level 1.5

        fail("alice", 2, "2:00");                                   // 1.5 leaked: empty, a new life

        assertThat(bucket().distinct()).containsExactly("alice");
        assertThat(bucket().level()).isEqualTo(1.0);
    }

    @Test
    void remembersAtMostTenThousandUsersForgettingTheOldest() {
        MapStore plain = new MapStore();                            // JSON of 10,000 users on every pour is slow
        Detection roomy = new Detection(List.of(Fixtures.distinctUsers(1_000_000, 1, Duration.ofDays(1))));
        for (int user = 0; user <= LeakyBucket.MAX_DISTINCT; user++) {
            roomy.apply(failed("user-" + user, 1, Fixtures.T0), plain);
        }
        DetectionState.Bucket full = Objects.requireNonNull(plain.get(BUCKET)).bucket();
        assertThat(full.distinct()).hasSize(LeakyBucket.MAX_DISTINCT).startsWith("user-1").endsWith("user-10000");

        roomy.apply(failed("user-0", 2, Fixtures.T0.plusSeconds(1)), plain);   // forgotten: counts again

        assertThat(Objects.requireNonNull(plain.get(BUCKET)).bucket().poured()).isEqualTo(10_002.0);
    }

    /** A store without JSON, for the many pours of a full bucket. */
    private static final class MapStore implements DetectionStore {

        private final Map<String, DetectionState> states = new HashMap<>();

        @Override
        public @Nullable DetectionState get(String key) {
            return states.get(key);
        }

        @Override
        public void put(String key, DetectionState state) {
            states.put(key, state);
        }

        @Override
        public void delete(String key) {
            states.remove(key);
        }
    }
}
