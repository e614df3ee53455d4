package org.scaleplan.security.posture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PosturePlanTests {

    private final PosturePlan shipped = PostureFile.load(null);

    @Test
    void enforcesTheTypedControlsOfEachShippedPhase() {
        assertThat(shipped.enforced(1)).isEqualTo(new EnforcedControls(Duration.ofDays(365), 6000, false, List.of()));
        assertThat(shipped.enforced(2))
                .isEqualTo(new EnforcedControls(Duration.ofDays(180), 3000, false, List.of("admin")));
        assertThat(shipped.enforced(3))
                .isEqualTo(new EnforcedControls(Duration.ofDays(120), 1200, true, List.of("admin", "operator")));
        assertThat(shipped.enforced(4)).isEqualTo(
                new EnforcedControls(Duration.ofDays(90), 600, true, List.of("admin", "operator", "viewer")));
    }

    @Test
    void knowsOnlyPhasesOneToFour() {
        assertThatIllegalArgumentException().isThrownBy(() -> shipped.of(0)).withMessage("phase must be 1 to 4, was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> shipped.enforced(5))
                .withMessage("phase must be 1 to 4, was 5");
    }

    @Test
    void refusesAPlanWithoutEveryPhase() {
        Map<Integer, Posture> phases = new HashMap<>(shipped.phases());
        phases.remove(4);

        assertThatIllegalArgumentException().isThrownBy(() -> new PosturePlan(phases))
                .withMessage("a plan needs the postures of phases 1 to 4, had [1, 2, 3]");
    }

    @Test
    void refusesAPostureWithoutAnEnforcedControl() {
        Map<String, String> controls = new HashMap<>(shipped.of(2).controls());
        controls.remove("key-max-age");
        Map<Integer, Posture> phases = new HashMap<>(shipped.phases());
        phases.put(2, new Posture(2, "advanced", controls));

        assertThatIllegalArgumentException().isThrownBy(() -> new PosturePlan(phases))
                .withMessage("the posture does not declare key-max-age");
    }

    @Test
    void refusesAPostureFiledUnderAnotherPhase() {
        Map<Integer, Posture> phases = new HashMap<>(shipped.phases());
        phases.put(2, shipped.of(3));

        assertThatIllegalArgumentException().isThrownBy(() -> new PosturePlan(phases))
                .withMessage("the posture of phase 2 is for phase 3");
    }
}
