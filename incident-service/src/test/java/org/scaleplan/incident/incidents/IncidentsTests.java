package org.scaleplan.incident.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.EventIds;
import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.incident.IncidentAcknowledged;
import org.scaleplan.contracts.incident.IncidentOpened;
import org.scaleplan.contracts.incident.IncidentRepeated;
import org.scaleplan.contracts.incident.IncidentResolved;
import org.scaleplan.contracts.incident.IncidentSource;
import org.scaleplan.incident.incidents.Incident.Status;
import org.scaleplan.incident.incidents.Signal.Kind;

class IncidentsTests {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

    private final Incidents incidents = new Incidents();
    private int seconds;

    @Test
    void aTriggerOpensAnIncidentWithADerivedIdAndItsLabels() {
        Signal trigger = signal("shop/HighErrorRate{}", Kind.TRIGGER);

        IncidentOpened opened = (IncidentOpened) single(publish(trigger));

        assertThat(opened.incidentId()).matches("inc-20261127-[0-9a-f]{8}");
        assertThat(opened.eventId()).isEqualTo(EventIds.of("incident-opened", "shop", "shop/HighErrorRate{}",
                trigger.eventId()));
        assertThat(opened.labels()).containsEntry("severity", "critical").containsEntry("alertname", "HighErrorRate");
        assertThat(opened.causedBy()).containsExactly(trigger.eventId());
        assertThat(incidents.get(opened.incidentId())).hasValueSatisfying(incident ->
                assertThat(incident.status()).isEqualTo(Status.OPEN));
    }

    @Test
    void aRepeatJoinsTheOpenIncidentAndTheSameSignalTwiceJoinsNothing() {
        IncidentOpened opened = (IncidentOpened) single(publish(signal("fp", Kind.TRIGGER)));
        Signal again = signal("fp", Kind.TRIGGER);

        IncidentRepeated repeated = (IncidentRepeated) single(publish(again));

        assertThat(repeated.incidentId()).isEqualTo(opened.incidentId());
        assertThat(publish(again)).isEmpty();
        assertThat(incidents.get(opened.incidentId()).orElseThrow().signals())
                .containsExactly(opened.causedBy().get(0), again.eventId());
    }

    @Test
    void aResolveClosesItAndATriggerAfterThatOpensANewOne() {
        IncidentOpened first = (IncidentOpened) single(publish(signal("fp", Kind.TRIGGER)));

        IncidentResolved resolved = (IncidentResolved) single(publish(signal("fp", Kind.RESOLVE)));
        IncidentOpened second = (IncidentOpened) single(publish(signal("fp", Kind.TRIGGER)));

        assertThat(resolved.incidentId()).isEqualTo(first.incidentId());
        assertThat(resolved.by()).isEqualTo(Incidents.SELF);
        assertThat(resolved.reason()).isEqualTo("alert resolved");
        assertThat(second.incidentId()).isNotEqualTo(first.incidentId());
        assertThat(incidents.get(first.incidentId()).orElseThrow().status()).isEqualTo(Status.RESOLVED);
    }

    @Test
    void aResolveOfNothingOpenAndASignalDeliveredAgainAfterItsIncidentClosedDoNothing() {
        Signal trigger = signal("fp", Kind.TRIGGER);
        publish(trigger);
        publish(signal("fp", Kind.RESOLVE));

        assertThat(publish(signal("fp", Kind.RESOLVE))).isEmpty();
        assertThat(publish(trigger)).isEmpty();
        assertThat(incidents.all()).hasSize(1);
    }

    @Test
    void fingerprintsAreDeduplicatedPerSystem() {
        publish(signal("shop", "fp", Kind.TRIGGER));

        assertThat(single(publish(signal("blog", "fp", Kind.TRIGGER)))).isInstanceOf(IncidentOpened.class);
    }

    @Test
    void operatorsAcknowledgeOpenIncidentsAndResolveUnresolvedOnes() {
        String id = ((IncidentOpened) single(publish(signal("fp", Kind.TRIGGER)))).incidentId();

        IncidentAcknowledged acknowledged = incidents.decideAcknowledge(id, "oncall", T0.plusSeconds(60));
        incidents.apply(acknowledged);
        assertThatThrownBy(() -> incidents.decideAcknowledge(id, "oncall", T0))
                .isInstanceOf(IncidentConflictException.class).hasMessageContaining("is acknowledged");
        IncidentResolved resolved = incidents.decideResolve(id, "oncall", "fixed the config", T0.plusSeconds(120));
        incidents.apply(resolved);

        assertThat(incidents.get(id).orElseThrow()).satisfies(incident -> {
            assertThat(incident.status()).isEqualTo(Status.RESOLVED);
            assertThat(incident.resolvedAt()).isEqualTo(T0.plusSeconds(120));
        });
        assertThatThrownBy(() -> incidents.decideResolve(id, "oncall", null, T0))
                .isInstanceOf(IncidentConflictException.class).hasMessageContaining("already resolved");
        assertThatThrownBy(() -> incidents.decideAcknowledge("inc-nope", "oncall", T0))
                .isInstanceOf(UnknownIncidentException.class);
    }

    @Test
    void escalationFlagsTheIncidentWithoutChangingItsStatus() {
        String id = ((IncidentOpened) single(publish(signal("fp", Kind.TRIGGER)))).incidentId();
        UUID failedStep = UUID.randomUUID();

        var escalated = incidents.decideEscalate(id, "step page failed", List.of(failedStep), T0);
        incidents.apply(escalated);

        assertThat(escalated.causedBy()).endsWith(failedStep);
        assertThat(incidents.get(id).orElseThrow()).satisfies(incident -> {
            assertThat(incident.escalated()).isTrue();
            assertThat(incident.status()).isEqualTo(Status.OPEN);
        });
    }

    @Test
    void rebuildingFromTheEventsGivesTheSameIncidents() {
        List<SystemEvent> log = new ArrayList<>();
        log.addAll(publish(signal("a", Kind.TRIGGER)));
        log.addAll(publish(signal("a", Kind.TRIGGER)));
        log.addAll(publish(signal("b", Kind.TRIGGER)));
        log.addAll(publish(signal("a", Kind.RESOLVE)));

        Incidents rebuilt = new Incidents();
        log.forEach(rebuilt::apply);
        log.forEach(rebuilt::apply);

        assertThat(rebuilt.all()).containsExactlyInAnyOrderElementsOf(incidents.all());
    }

    private List<SystemEvent> publish(Signal signal) {
        List<SystemEvent> events = incidents.decide(signal);
        events.forEach(incidents::apply);
        return events;
    }

    private static SystemEvent single(List<SystemEvent> events) {
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private Signal signal(String fingerprint, Kind kind) {
        return signal("shop", fingerprint, kind);
    }

    private Signal signal(String system, String fingerprint, Kind kind) {
        return new Signal(UUID.randomUUID(), T0.plusSeconds(seconds++), system, fingerprint, IncidentSource.ALERT,
                kind, "HighErrorRate on " + system, "critical", Map.of("alertname", "HighErrorRate"));
    }
}
