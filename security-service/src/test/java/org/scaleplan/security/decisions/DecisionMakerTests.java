package org.scaleplan.security.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.incident.ActionRequested;
import org.scaleplan.contracts.security.DecisionAction;
import org.scaleplan.contracts.security.DecisionIssued;
import org.scaleplan.contracts.security.Scope;
import org.scaleplan.contracts.security.ScopeType;
import org.scaleplan.contracts.security.SecurityIncidentDetected;
import org.scaleplan.security.detection.Overflow;
import org.scaleplan.security.detection.Scenario;
import org.scaleplan.security.detection.ScenarioFiles;

class DecisionMakerTests {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
    private static final Scope ADDRESS = new Scope(ScopeType.ADDRESS, "203.0.113.7");
    private static final DecisionLimits LIMITS = new DecisionLimits(1000, 1000);

    @Test
    void aLiveDetectionIsReportedAndDecidedWithATtlThatDoublesForARepeatOffence() {
        Scenario spike = shipped("auth-failure-spike");
        DecisionBook.Change<SystemEvent> first = DecisionMaker.onOverflow(DecisionBook.empty(), overflow(spike, T0),
                LIMITS);
        DecisionBook.Change<SystemEvent> second = DecisionMaker.onOverflow(first.book(),
                overflow(spike, T0.plus(Duration.ofHours(1))), LIMITS);

        assertThat(first.events()).hasSize(2);
        SecurityIncidentDetected incident = (SecurityIncidentDetected) first.events().get(0);
        assertThat(incident.simulated()).isFalse();
        DecisionIssued decision = (DecisionIssued) first.events().get(1);
        assertThat(decision.causedBy()).containsExactly(incident.eventId());
        assertThat(Duration.between(decision.occurredAt(), decision.expiresAt())).isEqualTo(Duration.ofMinutes(10));
        DecisionIssued again = (DecisionIssued) second.events().get(1);
        assertThat(Duration.between(again.occurredAt(), again.expiresAt())).isEqualTo(Duration.ofMinutes(20));
    }

    @Test
    void aShadowDetectionIsReportedAsSimulatedAndDecidesNothing() {
        DecisionBook.Change<SystemEvent> change = DecisionMaker.onOverflow(DecisionBook.empty(),
                overflow(shipped("request-flood"), T0), LIMITS);

        assertThat(change.events()).singleElement()
                .satisfies(e -> assertThat(((SecurityIncidentDetected) e).simulated()).isTrue());
        assertThat(change.book().active()).isEmpty();
    }

    @Test
    void aSurgeIsReportedAboutEveryAddressWithoutADecision() {
        Overflow surge = new Overflow(shipped("traffic-surge"), "shop", null, "surge", T0, List.of());

        assertThat(DecisionMaker.onOverflow(DecisionBook.empty(), surge, LIMITS).events()).singleElement()
                .satisfies(e -> assertThat(((SecurityIncidentDetected) e).scope())
                        .isEqualTo(new Scope(ScopeType.ADDRESS, "*")));
    }

    @Test
    void aRunbooksRequestIsDecidedForItsScopeAndTtl() {
        ActionRequested request = request("throttle-client", Map.of("key", "key-7", "ttl", "30m"));

        DecisionIssued decision = (DecisionIssued) DecisionMaker.onRequest(DecisionBook.empty(), request, LIMITS)
                .events().get(0);

        assertThat(decision.action()).isEqualTo(DecisionAction.THROTTLE);
        assertThat(decision.scope()).isEqualTo(new Scope(ScopeType.KEY, "key-7"));
        assertThat(decision.expiresAt()).isEqualTo(T0.plus(Duration.ofMinutes(30)));
        assertThat(decision.reason()).isEqualTo("incident inc-1: throttle-client");
        assertThat(DecisionMaker.handles(request("scale-out", Map.of()))).isFalse();
    }

    @Test
    void refusesARequestItCannotCarryOutNamingWhy() {
        assertThatIllegalArgumentException().isThrownBy(() -> DecisionMaker.onRequest(DecisionBook.empty(),
                request("block-client", Map.of("address", "a", "user", "u")), LIMITS))
                .withMessageContaining("exactly one");
        assertThatIllegalArgumentException().isThrownBy(() -> DecisionMaker.onRequest(DecisionBook.empty(),
                request("block-client", Map.of("address", "a", "ttl", "soon")), LIMITS)).withMessageContaining("ttl");
    }

    @Test
    void aFullBookReportsTheDetectionButIssuesNoDecision() {
        Scenario spike = shipped("auth-failure-spike");
        DecisionLimits one = new DecisionLimits(1, 10);
        DecisionBook book = DecisionMaker.onOverflow(DecisionBook.empty(), overflow(spike, T0), one).book();

        DecisionBook.Change<SystemEvent> refused = DecisionMaker.onOverflow(book,
                overflow(spike, T0.plusSeconds(1), new Scope(ScopeType.ADDRESS, "198.51.100.1")), one);

        assertThat(refused.events()).singleElement().isInstanceOf(SecurityIncidentDetected.class);
        assertThat(refused.reached()).containsExactly(DecisionBound.DECISIONS_PER_SYSTEM);
        assertThat(refused.book()).isEqualTo(book);
        assertThat(DecisionMaker.onRequest(book, request("block-client", Map.of("user", "mallory")), one).reached())
                .containsExactly(DecisionBound.DECISIONS_PER_SYSTEM);
    }

    @Test
    void remembersTheOffencesOfTheScopesThatOffendedLast() {
        Scenario spike = shipped("auth-failure-spike");
        DecisionLimits twoOffenders = new DecisionLimits(10, 2);
        DecisionBook book = DecisionBook.empty();
        for (int i = 1; i <= 2; i++) {
            book = DecisionMaker.onOverflow(book, overflow(spike, T0.plusSeconds(i),
                    new Scope(ScopeType.ADDRESS, "192.0.2." + i)), twoOffenders).book();
        }

        DecisionBook.Change<SystemEvent> third = DecisionMaker.onOverflow(book, overflow(spike, T0.plusSeconds(3),
                new Scope(ScopeType.ADDRESS, "192.0.2.3")), twoOffenders);

        assertThat(third.reached()).containsExactly(DecisionBound.OFFENDERS_PER_SYSTEM);
        assertThat(third.book().offences()).containsOnlyKeys("ADDRESS:192.0.2.2", "ADDRESS:192.0.2.3");
        assertThat(third.book().active()).hasSize(3);
    }

    private static Overflow overflow(Scenario scenario, Instant at) {
        return overflow(scenario, at, ADDRESS);
    }

    private static Overflow overflow(Scenario scenario, Instant at, Scope scope) {
        return new Overflow(scenario, "shop", scope, "23 failures", at, List.of(UUID.randomUUID()));
    }

    private static ActionRequested request(String action, Map<String, String> parameters) {
        return new ActionRequested(UUID.randomUUID(), T0, "shop", "inc-1", action, parameters, List.of());
    }

    private static Scenario shipped(String id) {
        return ScenarioFiles.shipped().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
