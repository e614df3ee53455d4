package org.scaleplan.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class BenchOptionsTests {

    @Test
    void aFullRunByDefaultWritingIntoTheRepositorysDocs() {
        BenchOptions options = BenchOptions.parse(List.of("--repo=/r"));

        assertThat(options.quick()).isFalse();
        assertThat(options.out()).isEqualTo(Path.of("/r/docs"));
        assertThat(options.work()).isEqualTo(Path.of("/r/var/bench"));
        assertThat(options.ladder()).containsExactly(1, 2, 4, 8, 16);
        assertThat(options.trials()).isEqualTo(100);
    }

    @Test
    void quickIsShorterEverywhere() {
        BenchOptions options = BenchOptions.parse(List.of("--quick"));

        assertThat(options.ladder()).containsExactly(1, 2, 4);
        assertThat(options.trials()).isLessThan(100);
        assertThat(options.measure()).isLessThan(BenchOptions.parse(List.of()).measure());
    }

    @Test
    void setIsRepeatableAndKeepsEqualsSignsInTheValue() {
        BenchOptions options = BenchOptions.parse(List.of(
                "--set=phase-evaluator:spring.kafka.streams.properties.commit.interval.ms=20",
                "--set=incident-service:scaleplan.incident.http.allowed-hosts=a=b"));

        assertThat(options.overrides()).containsExactly(new BenchOptions.ServiceProperty("phase-evaluator",
                        "spring.kafka.streams.properties.commit.interval.ms", "20"),
                new BenchOptions.ServiceProperty("incident-service", "scaleplan.incident.http.allowed-hosts", "a=b"));
    }

    @Test
    void refusesWhatItDoesNotTake() {
        assertThatIllegalArgumentException().isThrownBy(() -> BenchOptions.parse(List.of("--fast")))
                .withMessageContaining("--fast");
        assertThatIllegalArgumentException().isThrownBy(() -> BenchOptions.parse(List.of("--set=broker:x=1")))
                .withMessageContaining("<service>:<property>=<value>");
        assertThatIllegalArgumentException().isThrownBy(() -> BenchOptions.parse(List.of("quick")));
    }
}
