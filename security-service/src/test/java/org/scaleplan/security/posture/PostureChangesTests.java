package org.scaleplan.security.posture;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.phase.Direction;
import org.scaleplan.contracts.phase.PhaseChanged;
import org.scaleplan.contracts.security.PostureChanged;

class PostureChangesTests {

    private static final UUID CHANGE_ID = UUID.fromString("6f0c1b2a-0000-4000-8000-000000000001");
    private static final Instant AT = Instant.parse("2026-11-27T10:00:00Z");

    private final PosturePlan plan = PostureFile.load(null);

    @Test
    void publishesThePostureOfTheNewPhaseCausedByTheChange() {
        PostureChanged changed = PostureChanges.of(change(CHANGE_ID, 2, 3), plan);

        // the id is the name-based UUID of "scaleplan:posture-changed:" + the change's id, pinned here
        assertThat(changed).isEqualTo(new PostureChanged(UUID.fromString("0ede91c2-fe27-3628-86b1-88178b372165"),
                AT, "shop-prod", 3, "comprehensive",
                Map.of("key-max-age", "120d", "mfa-required-roles", "[admin, operator]",
                        "rate-limit-per-minute", "1200", "kafka-tls-required", "true", "audit-retention", "365d"),
                List.of(CHANGE_ID)));
    }

    @Test
    void sameChangeGivesTheSameIdAndAnotherChangeAnother() {
        UUID first = PostureChanges.of(change(CHANGE_ID, 2, 3), plan).eventId();
        UUID replayed = PostureChanges.of(change(CHANGE_ID, 2, 3), plan).eventId();
        UUID other = PostureChanges.of(change(UUID.fromString("6f0c1b2a-0000-4000-8000-000000000002"), 2, 3), plan)
                .eventId();

        assertThat(replayed).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void movingDownRelaxesToThePostureOfTheLowerPhase() {
        PostureChanged changed = PostureChanges.of(change(CHANGE_ID, 4, 2), plan);

        assertThat(changed.phase()).isEqualTo(2);
        assertThat(changed.posture()).isEqualTo("advanced");
        assertThat(changed.controls()).containsEntry("rate-limit-per-minute", "3000")
                .containsEntry("mfa-required-roles", "[admin]");
    }

    private static PhaseChanged change(UUID id, int from, int to) {
        return new PhaseChanged(id, AT, "shop-prod", from, to, "phase " + to, from < to ? Direction.UP : Direction.DOWN,
                to * 5000L, List.of(), List.of(UUID.fromString("6f0c1b2a-0000-4000-8000-0000000000ff")));
    }
}
