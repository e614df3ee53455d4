package org.scaleplan.security.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scaleplan.security.detection.ScenarioTexts.ACCESS;
import static org.scaleplan.security.detection.ScenarioTexts.LEAKY;
import static org.scaleplan.security.detection.ScenarioTexts.SURGE;
import static org.scaleplan.security.detection.ScenarioTexts.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scaleplan.contracts.security.DecisionAction;
import org.scaleplan.contracts.security.ScopeType;
import org.scaleplan.security.detection.Scenario.Kind;
import org.scaleplan.security.detection.Scenario.Mode;
import org.scaleplan.security.detection.Scenario.Source;

/** Scenario files that load, and the shipped scenarios. */
class ScenarioFilesTests {

    @Test
    void readsEveryFieldOfALeakyScenario() {
        assertThat(ScenarioFiles.load(files("a.yml", LEAKY))).containsExactly(new Scenario("auth-failure-spike",
                "many failed logins", Source.METRICS, "auth_failures_total", Map.of(), "client_ip",
                ScopeType.ADDRESS, Mode.LIVE, "warning", new BucketSpec(20, 1, Duration.ofSeconds(10), null),
                null, new DecisionSpec(DecisionAction.BLOCK, Duration.ofMinutes(5), Duration.ofHours(24))));
    }

    @Test
    void readsAnAccessScenarioWithoutDecisionOrDescription() {
        assertThat(ScenarioFiles.load(files("a.yml", ACCESS))).containsExactly(new Scenario(
                "api-rate-limit-abuse", "", Source.ACCESS, null, Map.of("status", "429"), Scenario.ACTOR_KEY,
                ScopeType.KEY, Mode.SHADOW, "warning", new BucketSpec(10, 1, Duration.ofMinutes(1), null),
                null, null));
    }

    @Test
    void readsASurgeGroupedBySystemOrNothing() {
        Scenario expected = new Scenario("traffic-surge", "", Source.METRICS, "http_requests_total", Map.of(),
                null, null, Mode.LIVE, "critical", null,
                new SurgeSpec(Duration.ofMinutes(1), 5, 50, Duration.ofMinutes(10)), null);

        assertThat(ScenarioFiles.load(files("a.yml", SURGE))).containsExactly(expected);
        assertThat(ScenarioFiles.load(files("a.yml", SURGE.replace("kind:", "group-by: system\n    kind:"))))
                .containsExactly(expected);
    }

    @Test
    void readsDistinctAndAMaximumTtlThatDefaultsToTheTtl() {
        String text = LEAKY.replace("leak: 1/10s", "leak: 2.5/1m\n    distinct: user")
                .replace(", max-ttl: 24h", "");

        Scenario scenario = ScenarioFiles.load(files("a.yml", text)).get(0);

        assertThat(scenario.bucket()).isEqualTo(new BucketSpec(20, 2.5, Duration.ofMinutes(1), "user"));
        assertThat(scenario.decision())
                .isEqualTo(new DecisionSpec(DecisionAction.BLOCK, Duration.ofMinutes(5), Duration.ofMinutes(5)));
    }

    @Test
    void shipsFiveValidScenarios() {
        assertThat(ScenarioFiles.check(List.of(Path.of("src/main/resources", ScenarioFiles.SHIPPED)))).isEmpty();
        List<Scenario> shipped = ScenarioFiles.shipped();

        assertThat(shipped).extracting(Scenario::id).containsExactly("auth-failure-spike",
                "credential-stuffing", "request-flood", "traffic-surge", "api-rate-limit-abuse");
        assertThat(shipped).extracting(Scenario::kind)
                .containsExactly(Kind.LEAKY, Kind.LEAKY, Kind.LEAKY, Kind.SURGE, Kind.LEAKY);
        assertThat(shipped.get(1).bucket()).isEqualTo(new BucketSpec(10, 1, Duration.ofMinutes(1), "user"));
        assertThat(shipped.get(3).decision()).isNull();
        assertThat(shipped.get(3).severity()).isEqualTo("critical");
        assertThat(shipped.get(4).scope()).isEqualTo(ScopeType.KEY);
        assertThat(shipped.get(4).decision()).isEqualTo(new DecisionSpec(DecisionAction.THROTTLE,
                Duration.ofMinutes(10), Duration.ofHours(6)));
    }

    @Test
    void detectionReadsTheMetricsOfTheScenariosOnly() {
        Detection detection = new Detection(ScenarioFiles.shipped());

        assertThat(detection.reads("auth_failures_total")).isTrue();
        assertThat(detection.reads("http_requests_total")).isTrue();
        assertThat(detection.reads("cpu_utilization")).isFalse();
    }

    @Test
    void findsTheFilesOfADirectoryByName(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b.yaml"), SURGE);
        Files.writeString(dir.resolve("a.yml"), LEAKY);
        Files.writeString(dir.resolve("notes.txt"), "not a scenario");

        List<Path> files = ScenarioFiles.in(dir);

        assertThat(files).containsExactly(dir.resolve("a.yml"), dir.resolve("b.yaml"));
        assertThat(ScenarioFiles.load(files)).extracting(Scenario::id)
                .containsExactly("auth-failure-spike", "traffic-surge");
    }

    @Test
    void acceptsAnEmptyFileAsNoScenarios() {
        assertThat(ScenarioFiles.load(files("empty.yml", ""))).isEmpty();
    }
}
