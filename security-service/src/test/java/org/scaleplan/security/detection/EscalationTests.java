package org.scaleplan.security.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scaleplan.contracts.security.DecisionAction;

/** A 5-minute block, doubled for each repeat offence up to 24 hours. */
class EscalationTests {

    private static final DecisionSpec SPEC = new DecisionSpec(DecisionAction.BLOCK, Duration.ofMinutes(5),
            Duration.ofHours(24));

    @ParameterizedTest(name = "offence {0} -> {1}")
    @CsvSource({
            "1,   PT5M",        // the base
            "2,   PT10M",
            "3,   PT20M",
            "9,   PT21H20M",    // 5m × 256, still under the cap
            "10,  PT24H",       // 5m × 512 would be 42h40m
            "100, PT24H",       // 2^99 does not overflow
    })
    void doublesForEachRepeatOffenceUpToTheMaximum(int offence, Duration ttl) {
        assertThat(Escalation.ttl(SPEC, offence)).isEqualTo(ttl);
    }

    @Test
    void neverEscalatesWhenTheMaximumIsTheBase() {
        DecisionSpec fixed = new DecisionSpec(DecisionAction.THROTTLE, Duration.ofMinutes(10), Duration.ofMinutes(10));

        assertThat(Escalation.ttl(fixed, 4)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void countsOffencesFromOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> Escalation.ttl(SPEC, 0))
                .withMessage("offences count from 1, was 0");
    }
}
