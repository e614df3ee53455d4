package org.scaleplan.ingest.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.security.DecisionAction;
import org.scaleplan.contracts.security.DecisionExpired;
import org.scaleplan.contracts.security.DecisionIssued;
import org.scaleplan.contracts.security.Scope;
import org.scaleplan.contracts.security.ScopeType;

class ActiveDecisionsTests {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

    private final ActiveDecisions decisions = new ActiveDecisions();

    @Test
    void findsADecisionAgainstAnAddressOrAKeyWhileItIsInForce() {
        decisions.apply(issued("d1", DecisionAction.BLOCK, ScopeType.ADDRESS, "203.0.113.7"));
        decisions.apply(issued("d2", DecisionAction.THROTTLE, ScopeType.KEY, "key_a"));

        assertThat(decisions.against("key_x", "203.0.113.7", T0)).map(DecisionIssued::decisionId).contains("d1");
        assertThat(decisions.against("key_a", "198.51.100.1", T0)).map(DecisionIssued::decisionId).contains("d2");
        assertThat(decisions.against("key_x", "198.51.100.1", T0)).isEmpty();
        assertThat(decisions.against("key_a", "203.0.113.7", T0.plusSeconds(600))).isEmpty(); // both expired
    }

    @Test
    void aBlockWinsOverAThrottle() {
        decisions.apply(issued("d1", DecisionAction.THROTTLE, ScopeType.KEY, "key_a"));
        decisions.apply(issued("d2", DecisionAction.BLOCK, ScopeType.ADDRESS, "203.0.113.7"));

        assertThat(decisions.against("key_a", "203.0.113.7", T0)).map(DecisionIssued::action)
                .contains(DecisionAction.BLOCK);
    }

    @Test
    void liftsADecisionWhenItExpires() {
        decisions.apply(issued("d1", DecisionAction.BLOCK, ScopeType.ADDRESS, "203.0.113.7"));
        decisions.apply(new DecisionExpired(UUID.randomUUID(), T0, "shop-prod", "d1",
                new Scope(ScopeType.ADDRESS, "203.0.113.7"), "deleted by admin", List.of()));

        assertThat(decisions.against("key_x", "203.0.113.7", T0)).isEmpty();
    }

    private static DecisionIssued issued(String id, DecisionAction action, ScopeType type, String value) {
        return new DecisionIssued(UUID.randomUUID(), T0.minusSeconds(60), "shop-prod", id, action,
                new Scope(type, value), T0.plusSeconds(300), "test", List.of());
    }
}
