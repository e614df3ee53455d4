package org.scaleplan.security.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scaleplan.security.detection.Fixtures.arrived;
import static org.scaleplan.security.detection.Fixtures.at;
import static org.scaleplan.security.detection.Fixtures.call;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.access.ActionAudited;
import org.scaleplan.contracts.security.DecisionAction;
import org.scaleplan.contracts.security.Scope;
import org.scaleplan.contracts.security.ScopeType;
import org.scaleplan.security.detection.Fixtures.JsonStore;

/** Calls to Scaleplan's own APIs: each 429 answer pours 1 into its key's bucket, capacity 2, leaking 1 a minute. */
class AccessDetectionTests {

    private final JsonStore store = new JsonStore();
    private final Detection detection = new Detection(List.of(Fixtures.rateLimited(2, Duration.ofMinutes(1))));

    private List<Overflow> apply(ActionAudited event) {
        return arrived(detection, event, store).overflows();
    }

    @Test
    void throttlesAKeyThatKeepsHittingTheRateLimit() {
        apply(call("key_a", 429, at("0:00"), null));
        apply(call("key_a", 429, at("0:01"), null));
        ActionAudited third = call("key_a", 429, at("0:02"), null);

        assertThat(apply(third)).singleElement().satisfies(overflow -> {
            assertThat(overflow.summary()).isEqualTo("3 calls with status=429 by key key_a within 2s (capacity 2)");
            assertThat(overflow.system()).isEqualTo(Detection.SCALEPLAN);
            assertThat(overflow.scope()).isEqualTo(new Scope(ScopeType.KEY, "key_a"));
            assertThat(overflow.causedBy()).hasSize(3).endsWith(third.eventId());
            assertThat(Objects.requireNonNull(overflow.scenario().decision()).action())
                    .isEqualTo(DecisionAction.THROTTLE);
        });
    }

    @Test
    void poursOnlyTheMatchingStatus() {
        apply(call("key_a", 200, at("0:00"), null));
        apply(call("key_a", 403, at("0:01"), null));
        apply(call("key_a", 429, at("0:02"), null));

        assertThat(store.keys()).containsExactly("bucket|scaleplan|api-rate-limit-abuse|key_a");
        assertThat(Objects.requireNonNull(store.get("bucket|scaleplan|api-rate-limit-abuse|key_a")).bucket().level())
                .isEqualTo(1.0);
    }

    @Test
    void keepsTheBucketsOfACallsSystemApart() {
        apply(call("key_a", 429, at("0:00"), "shop-prod"));
        apply(call("key_a", 429, at("0:01"), null));
        apply(call("key_b", 429, at("0:02"), "shop-prod"));

        assertThat(store.keys()).containsExactly("bucket|scaleplan|api-rate-limit-abuse|key_a",
                "bucket|shop-prod|api-rate-limit-abuse|key_a", "bucket|shop-prod|api-rate-limit-abuse|key_b");
    }

    @Test
    void namesTheCallsSystemWhenItHasOne() {
        apply(call("key_a", 429, at("0:00"), "shop-prod"));
        apply(call("key_a", 429, at("0:01"), "shop-prod"));

        assertThat(apply(call("key_a", 429, at("0:02"), "shop-prod"))).extracting(Overflow::system)
                .containsExactly("shop-prod");
    }

    @Test
    void ignoresUnauthenticatedCallsWhichHaveNoKey() {
        for (int second = 0; second < 5; second++) {
            assertThat(apply(call(null, 429, Fixtures.T0.plusSeconds(second), null))).isEmpty();
        }

        assertThat(store.keys()).isEmpty();
    }

    @Test
    void aMetricScenarioIgnoresAccessEventsAndTheOtherWayRound() {
        Detection both = new Detection(List.of(Fixtures.failures(1, 1, Duration.ofMinutes(1)),
                Fixtures.rateLimited(1, Duration.ofMinutes(1))));

        arrived(both, call("key_a", 429, at("0:00"), null), store);
        arrived(both, Fixtures.failed("alice", 0, at("0:00")), store);
        arrived(both, Fixtures.failed("alice", 1, at("0:10")), store);

        assertThat(store.keys()).filteredOn(key -> key.startsWith("bucket")).containsExactly(
                "bucket|scaleplan|api-rate-limit-abuse|key_a", "bucket|shop-prod|auth-failure-spike|203.0.113.7");
    }
}
