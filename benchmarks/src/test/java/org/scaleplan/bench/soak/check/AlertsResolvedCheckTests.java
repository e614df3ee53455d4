package org.scaleplan.bench.soak.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scaleplan.bench.soak.fleet.FailingPod;
import org.scaleplan.contracts.EventIds;
import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.alert.AlertFiring;
import org.scaleplan.contracts.alert.AlertResolved;

class AlertsResolvedCheckTests {

    private static final Duration STALENESS = Duration.ofMinutes(90);
    private static final Instant LAST = Instant.parse("2027-05-02T10:00:00Z");
    private static final FailingPod POD = new FailingPod("shop", "web-1-7", LAST);

    @Test
    void passesWhenAFailedPodsAlertsResolveAsGoneAtItsLastSamplePlusTheStaleness() {
        CheckResult result = AlertsResolvedCheck.check(List.of(firing("web-1-7"), gone("web-1-7",
                LAST.plus(STALENESS))), List.of(POD), STALENESS);

        assertThat(result.passed()).as(result.violations().toString()).isTrue();
    }

    @Test
    void failsWhenAnAlertIsStillFiringAtTheEnd() {
        CheckResult result = AlertsResolvedCheck.check(List.of(firing("web-1-7")), List.of(POD), STALENESS);

        assertThat(result.violations()).anySatisfy(v -> assertThat(v).contains("still firing at the end"));
    }

    @Test
    void failsWhenTheAlertOfAVanishedPodResolvesForAnotherReason() {
        AlertResolved condition = new AlertResolved(EventIds.of("r", "x"), LAST, "shop", fingerprint("web-1-7"),
                "HighErrorRate", "critical", Map.of("pod", "web-1-7"), 0.002, LAST, LAST, List.of());

        CheckResult result = AlertsResolvedCheck.check(List.of(firing("web-1-7"), condition), List.of(POD),
                STALENESS);

        assertThat(result.violations()).singleElement().asString().contains("reason 'null'");
    }

    @Test
    void failsWhenItEndedAtAnotherTimeThanItsLastSamplePlusTheStaleness() {
        CheckResult result = AlertsResolvedCheck.check(List.of(firing("web-1-7"), gone("web-1-7",
                LAST.plus(Duration.ofMinutes(5)))), List.of(POD), STALENESS);

        assertThat(result.violations()).singleElement().asString().contains("not at its last sample");
    }

    @Test
    void failsWhenAFailedPodNeverAlerted() {
        CheckResult result = AlertsResolvedCheck.check(List.of(), List.of(POD), STALENESS);

        assertThat(result.violations()).singleElement().asString().contains("no HighErrorRate");
    }

    @Test
    void failsOnAnAlertOfAPodThatNeverFailed() {
        CheckResult result = AlertsResolvedCheck.check(List.of(firing("web-1-7"), gone("web-1-7",
                LAST.plus(STALENESS)), firing("web-2-3"), gone("web-2-3", LAST)), List.of(POD), STALENESS);

        assertThat(result.violations()).hasSize(2).allSatisfy(v -> assertThat(v).contains("never failed"));
    }

    @Test
    void failsWhenAnAlertFiresTwiceWithoutResolving() {
        CheckResult result = AlertsResolvedCheck.check(List.of(firing("web-1-7"), firing("web-1-7"),
                gone("web-1-7", LAST.plus(STALENESS))), List.of(POD), STALENESS);

        assertThat(result.violations()).singleElement().asString().contains("fired again while firing");
    }

    private static SystemEvent firing(String pod) {
        return new AlertFiring(EventIds.of("f", pod), LAST.minusSeconds(1800), "shop", fingerprint(pod),
                "HighErrorRate", "critical", Map.of("pod", pod), Map.of(), 0.2, 0.05, LAST.minusSeconds(3600),
                List.of());
    }

    private static SystemEvent gone(String pod, Instant endsAt) {
        return new AlertResolved(EventIds.of("g", pod), endsAt, "shop", fingerprint(pod), "HighErrorRate",
                "critical", Map.of("pod", pod), 0.2, LAST.minusSeconds(3600), endsAt, List.of(),
                "series gone: no sample for 90m after " + LAST);
    }

    private static String fingerprint(String pod) {
        return "shop/HighErrorRate{pod=\"" + pod + "\"}";
    }
}
