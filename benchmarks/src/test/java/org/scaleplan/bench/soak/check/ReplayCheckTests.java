package org.scaleplan.bench.soak.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ReplayCheckTests {

    private static final UUID A = UUID.nameUUIDFromBytes("a".getBytes());
    private static final UUID B = UUID.nameUUIDFromBytes("b".getBytes());
    private static final UUID C = UUID.nameUUIDFromBytes("c".getBytes());

    @Test
    void passesWhenTheTopicHoldsExactlyTheReplaysDecisions() {
        CheckResult result = ReplayCheck.check(Map.of("scaleplan.phase.changed", List.of(A, B)),
                Map.of("scaleplan.phase.changed", List.of(B, A)));

        assertThat(result.passed()).isTrue();
        assertThat(result.summary()).contains("phase.changed 2 = 2");
    }

    @Test
    void failsWhenLiveMadeADecisionTheReplayDidNot() {
        CheckResult result = ReplayCheck.check(Map.of("scaleplan.phase.changed", List.of(A, B)),
                Map.of("scaleplan.phase.changed", List.of(A)));

        assertThat(result.violations()).singleElement().asString().contains("on the topic, not in the replay: 1");
    }

    @Test
    void failsWhenTheReplayMadeADecisionLiveDidNot() {
        CheckResult result = ReplayCheck.check(Map.of(), Map.of("scaleplan.alert.firing", List.of(C)));

        assertThat(result.violations()).singleElement().asString().contains("in the replay, not on the topic: 1");
    }

    @Test
    void failsWhenTheTopicHoldsADecisionTwice() {
        CheckResult result = ReplayCheck.check(Map.of("scaleplan.alert.resolved", List.of(A, A)),
                Map.of("scaleplan.alert.resolved", List.of(A)));

        assertThat(result.violations()).singleElement().asString().contains("more than once: 1");
    }
}
