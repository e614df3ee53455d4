package org.scaleplan.security.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scaleplan.security.detection.Fixtures.arrived;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What one pour costs the store, in bytes read and written, as a bucket of distinct values fills. */
class PourCostTests {

    private final Fixtures.JsonStore store = new Fixtures.JsonStore();
    private final Detection detection =
            new Detection(List.of(Fixtures.distinctUsers(1_000_000, 1, Duration.ofDays(1))));

    private long bytesOfPour(int user) {
        long before = store.bytes();
        arrived(detection, Fixtures.failed("user-" + user, 1, Fixtures.T0.plusMillis(user)), store);
        return store.bytes() - before;
    }

    @Test
    void aPourCostsTheSameInABucketOfThousandsOfValuesAsInOneOfTens() {
        for (int user = 0; user < LeakyBucket.MAX_CAUSES; user++) {     // causedBy is full from here on
            bytesOfPour(user);
        }
        long early = bytesOfPour(LeakyBucket.MAX_CAUSES);
        for (int user = LeakyBucket.MAX_CAUSES + 1; user < 2_000; user++) {
            bytesOfPour(user);
        }

        assertThat(bytesOfPour(2_000)).isCloseTo(early, withinPercentage(10));
    }
}
