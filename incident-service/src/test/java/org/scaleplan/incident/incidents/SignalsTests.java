package org.scaleplan.incident.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.alert.AlertFiring;
import org.scaleplan.contracts.alert.AlertResolved;
import org.scaleplan.contracts.cost.CostProjected;
import org.scaleplan.contracts.incident.IncidentSource;
import org.scaleplan.contracts.security.SecurityIncidentDetected;
import org.scaleplan.incident.incidents.Signal.Kind;
import org.scaleplan.testsupport.SampleEvents;

class SignalsTests {

    @Test
    void anAlertTriggersOnItsFingerprintAndItsResolutionResolvesIt() {
        AlertFiring firing = SampleEvents.alertFiring("shop");
        AlertResolved resolved = new AlertResolved(UUID.randomUUID(), firing.occurredAt(), "shop",
                firing.fingerprint(), firing.alertname(), firing.severity(), firing.labels(), 0.001,
                firing.startsAt(), firing.occurredAt(), List.of(firing.eventId()));

        Signal trigger = Signals.of(firing).orElseThrow();
        Signal resolve = Signals.of(resolved).orElseThrow();

        assertThat(trigger.fingerprint()).isEqualTo(resolve.fingerprint()).isEqualTo("shop/HighErrorRate");
        assertThat(trigger.kind()).isEqualTo(Kind.TRIGGER);
        assertThat(resolve.kind()).isEqualTo(Kind.RESOLVE);
        assertThat(trigger.title()).isEqualTo("error ratio 7%");
        assertThat(trigger.labels()).containsEntry("alertname", "HighErrorRate").containsEntry("service", "checkout")
                .containsEntry("severity", "critical");
        assertThat(trigger.eventId()).isEqualTo(firing.eventId());
    }

    @Test
    void aSecurityIncidentTriggersPerScenarioAndScopeWithTheClientAddressAsALabel() {
        Signal signal = Signals.of(SampleEvents.securityIncidentDetected("shop")).orElseThrow();

        assertThat(signal.source()).isEqualTo(IncidentSource.SECURITY);
        assertThat(signal.fingerprint()).isEqualTo("shop/security/credential-stuffing/address/203.0.113.7");
        assertThat(signal.labels()).containsEntry("client_ip", "203.0.113.7").containsEntry("scenario",
                "credential-stuffing");
    }

    @Test
    void aSimulatedSecurityIncidentIsNoSignal() {
        SecurityIncidentDetected s = SampleEvents.securityIncidentDetected("shop");
        SecurityIncidentDetected simulated = new SecurityIncidentDetected(s.eventId(), s.occurredAt(), s.system(),
                s.scenario(), s.scope(), s.severity(), s.summary(), true, s.causedBy());

        assertThat(Signals.of(simulated)).isEmpty();
    }

    @Test
    void aBudgetThresholdTriggersOncePerThresholdPerMonth() {
        Signal signal = Signals.of(SampleEvents.budgetThresholdCrossed("shop")).orElseThrow();

        assertThat(signal.source()).isEqualTo(IncidentSource.COST);
        assertThat(signal.fingerprint()).isEqualTo("shop/budget/2026-11/forecasted/80");
        assertThat(signal.severity()).isEqualTo("warning");
    }

    @Test
    void aCostProjectionTriggersOnlyWhenItDoesNotFitTheBudget() {
        CostProjected fits = SampleEvents.costProjected("shop");
        CostProjected over = new CostProjected(fits.eventId(), fits.occurredAt(), "shop", 3,
                new BigDecimal("9000.00"), null, new BigDecimal("3000.00"), false, fits.causedBy());

        assertThat(Signals.of(fits)).isEmpty();
        assertThat(Signals.of(over)).hasValueSatisfying(signal ->
                assertThat(signal.fingerprint()).isEqualTo("shop/cost-projection/3"));
    }

    @Test
    void aPhaseChangeTriggersPerPhaseEnteredWithThePhaseAsALabel() {
        Signal signal = Signals.of(SampleEvents.phaseChanged("shop")).orElseThrow();

        assertThat(signal.source()).isEqualTo(IncidentSource.PHASE_CHANGE);
        assertThat(signal.fingerprint()).isEqualTo("shop/phase/2");
        assertThat(signal.labels()).containsEntry("phase", "2").containsEntry("direction", "up");
    }

    @Test
    void recordsThatAreNoSignalGiveNone() {
        assertThat(Signals.of(SampleEvents.metricSample("shop"))).isEmpty();
        assertThat(Signals.of(SampleEvents.postureChanged("shop"))).isEmpty();
    }
}
