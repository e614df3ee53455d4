package org.scaleplan.security.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.scaleplan.access.decisions.DecisionStore;
import org.scaleplan.contracts.security.DecisionAction;
import org.scaleplan.contracts.security.DecisionIssued;
import org.scaleplan.contracts.security.Scope;
import org.scaleplan.contracts.security.ScopeType;
import org.scaleplan.messaging.Bounds;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The decisions in force, as every instance folds them, and who may follow them. */
class ActiveDecisionsTests {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

    private final ActiveDecisions decisions = new ActiveDecisions();

    @Test
    void forgetsADecisionWhoseTimeIsUpEvenIfItsExpiryNeverCame() {
        decisions.apply(new DecisionIssued(UUID.randomUUID(), T0, "shop", "d-1", DecisionAction.BLOCK,
                new Scope(ScopeType.ADDRESS, "203.0.113.7"), T0.plus(Duration.ofMinutes(10)), "r", List.of()));

        decisions.forgetExpired(T0.plus(Duration.ofMinutes(9)));
        assertThat(decisions.find("d-1")).isPresent();
        decisions.forgetExpired(T0.plus(Duration.ofMinutes(10)));

        assertThat(decisions.find("d-1")).isEmpty();
    }

    @Test
    void letsAsManyFollowTheDecisionsAsTheBoundAllowsCountingEachRefusal() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        // Following decisions never touches Redis: the store is never connected.
        DecisionSync sync = new DecisionSync(decisions, new DecisionStore(new StringRedisTemplate()),
                Clock.fixed(T0, ZoneOffset.UTC), 2, new Bounds(meters));
        Runnable first = sync.subscribe(event -> { }).orElseThrow();
        sync.subscribe(event -> { }).orElseThrow();

        assertThat(sync.subscribe(event -> { })).isEmpty();
        first.run();
        assertThat(sync.subscribe(event -> { })).isPresent();
        assertThat(meters.counter("scaleplan.bound.reached", "bound", DecisionSync.MAX_STREAMS).count()).isEqualTo(1);
    }
}
