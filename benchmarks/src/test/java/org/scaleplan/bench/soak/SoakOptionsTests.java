package org.scaleplan.bench.soak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class SoakOptionsTests {

    private static final Instant NOW = Instant.parse("2027-06-10T08:00:00Z");

    @Test
    void theLongFormByDefault() {
        SoakOptions options = SoakOptions.parse(List.of("--repo=/r"));

        assertThat(options.systems()).isEqualTo(20);
        assertThat(options.out()).isEqualTo(Path.of("/r/docs"));
        assertThat(options.work()).isEqualTo(Path.of("/r/var/soak"));
        assertThat(options.schedule(NOW).days()).isEqualTo(100);
        assertThat(options.schedule(NOW).checkpointDays()).containsExactly(10, 50, 100);
    }

    @Test
    void quickIsTwoWeeksWithTheSameFirstCheckpoint() {
        SoakOptions options = SoakOptions.parse(List.of("--quick", "--systems=25"));

        assertThat(options.schedule(NOW).days()).isEqualTo(14);
        assertThat(options.schedule(NOW).checkpointDays()).containsExactly(10, 12, 14);
        assertThat(options.systems()).isEqualTo(25);
        assertThat(options.form()).isEqualTo("quick");
    }

    @Test
    void refusesTooFewSystemsAndUnknownOptions() {
        assertThatIllegalArgumentException().isThrownBy(() -> SoakOptions.parse(List.of("--systems=2")))
                .withMessageContaining("--systems");
        assertThatIllegalArgumentException().isThrownBy(() -> SoakOptions.parse(List.of("--days=3")))
                .withMessageContaining("--days");
    }
}
