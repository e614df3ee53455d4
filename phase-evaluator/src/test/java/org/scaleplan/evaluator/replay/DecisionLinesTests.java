package org.scaleplan.evaluator.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scaleplan.contracts.alert.AlertFiring;
import org.scaleplan.contracts.alert.AlertResolved;
import org.scaleplan.contracts.phase.Direction;
import org.scaleplan.contracts.phase.PhaseChanged;
import org.scaleplan.contracts.phase.PhaseForecast;

class DecisionLinesTests {

    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final Instant AT = Instant.parse("2026-01-05T09:06:30Z");
    private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    @Test
    void showsAPhaseChangeWithItsPlan() {
        PhaseChanged change = new PhaseChanged(ID, AT, "shop", 1, 2, "Growth", Direction.UP, 3230,
                List.of("Growth: load balancing", "Growth: database replication"), List.of());

        assertThat(DecisionLines.line(change)).isEqualTo("2026-01-05T09:06:30Z  shop  phase 1 -> 2 (Growth) at 3,230 "
                + "active users; plan: Growth: load balancing, Growth: database replication");
    }

    @ParameterizedTest(name = "{5}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "1 | 144000   | 2    | 1000 | 2026-01-05T09:20:00Z | forecast: phase 1 at 900 active users, +144,000/day; phase 2 (1,000) expected 2026-01-05T09:20:00Z",
            "1 | -1200.4  | 2    | 1000 | none                 | forecast: phase 1 at 900 active users, -1,200/day; phase 2 not in sight",
            "4 | 0        | none | none | none                 | forecast: phase 4 at 900 active users, +0/day; no higher phase",
    })
    void showsAForecast(int phase, double growthPerDay, Integer nextPhase, Long nextThreshold, Instant expectedAt,
            String gist) {
        PhaseForecast forecast = new PhaseForecast(ID, AT, "shop", phase, 900, growthPerDay, nextPhase, nextThreshold,
                expectedAt, List.of());

        assertThat(DecisionLines.line(forecast)).isEqualTo("2026-01-05T09:06:30Z  shop  " + gist);
    }

    @Test
    void showsAFiringAlert() {
        AlertFiring firing = new AlertFiring(ID, AT, "shop", "shop/HighErrorRate{service=\"checkout\"}",
                "HighErrorRate", "critical", Map.of("service", "checkout"), Map.of("summary", "high"), 0.1, 0.05,
                START, List.of());

        assertThat(DecisionLines.line(firing)).isEqualTo("2026-01-05T09:06:30Z  shop  FIRING HighErrorRate critical "
                + "{service=checkout}: 0.1000 against 0.05000 since 2026-01-05T09:00:00Z");
    }

    @Test
    void showsAResolvedAlert() {
        AlertResolved resolved = new AlertResolved(ID, AT, "shop", "shop/HighErrorRate{service=\"checkout\"}",
                "HighErrorRate", "critical", Map.of("service", "checkout"), 0.02, START, AT, List.of());

        assertThat(DecisionLines.line(resolved)).isEqualTo("2026-01-05T09:06:30Z  shop  RESOLVED HighErrorRate "
                + "critical {service=checkout}: 0.02000, fired 2026-01-05T09:00:00Z to 2026-01-05T09:06:30Z");
    }

    /**
     * The labels of an alert are held in an unordered map, whose order changes from one JVM to the next; a replay's
     * output must read the same every time it is run, so that two replays can be compared line by line.
     */
    @Test
    void listsAnAlertsLabelsInNameOrder() {
        Map<String, String> labels = Map.of("service", "checkout", "team", "shop", "region", "eu", "pod", "a",
                "instance", "i", "zone", "z", "env", "prod", "job", "j");
        AlertFiring firing = new AlertFiring(ID, AT, "shop", "shop/HighErrorRate", "HighErrorRate", "critical", labels,
                Map.of(), 0.1, 0.05, START, List.of());

        assertThat(DecisionLines.line(firing)).contains(" " + new TreeMap<>(labels) + ": ");
    }
}
