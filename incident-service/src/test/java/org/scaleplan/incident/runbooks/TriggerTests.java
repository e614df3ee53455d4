package org.scaleplan.incident.runbooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scaleplan.contracts.incident.IncidentSource;

class TriggerTests {

    private static final Trigger CRITICAL_ERRORS = new Trigger(IncidentSource.ALERT,
            Map.of("alertname", "HighErrorRate", "severity", "critical"));

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({
            "ALERT,    HighErrorRate, critical, true",
            "ALERT,    HighErrorRate, warning,  false",
            "ALERT,    SlowResponses, critical, false",
            "SECURITY, HighErrorRate, critical, false"})
    void startsForIncidentsOfItsSourceWithEveryMatchedLabel(IncidentSource source, String alertname, String severity,
            boolean starts) {
        Map<String, String> labels = Map.of("alertname", alertname, "severity", severity, "service", "checkout");

        assertThat(CRITICAL_ERRORS.matches(source, labels)).isEqualTo(starts);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ALERT", "COST", "PHASE_CHANGE"})
    void withoutMatchersStartsForEveryIncidentOfItsSource(IncidentSource source) {
        assertThat(new Trigger(source, null).matches(source, Map.of())).isTrue();
        assertThat(new Trigger(source, null).matches(IncidentSource.MANUAL, Map.of())).isFalse();
    }
}
