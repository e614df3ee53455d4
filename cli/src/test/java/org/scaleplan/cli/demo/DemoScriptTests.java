package org.scaleplan.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.EventJson;

import tools.jackson.databind.JsonNode;

class DemoScriptTests {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void usersCrossEachPhaseThresholdEarlyEnoughToHoldItForTheStabilizationWindow() {
        assertThat(DemoScript.users(0)).isEqualTo(300);
        assertThat(DemoScript.users(10)).isLessThan(1_000);
        assertThat(DemoScript.users(11)).isGreaterThanOrEqualTo(1_000);
        assertThat(DemoScript.users(24)).isGreaterThanOrEqualTo(5_000);
        assertThat(DemoScript.users(36)).isEqualTo(22_000);
        // Phase 4 is entered 5 minutes after it is reached, well before the end.
        assertThat(DemoScript.MINUTES).isGreaterThan(36 + 5 + 5);
        assertThat(DemoScript.users(DemoScript.MINUTES)).isEqualTo(22_000);
    }

    @Test
    void aBatchCarriesTheSystemsMetricsAtItsMinute() {
        JsonNode batch = EventJson.mapper().readTree(DemoScript.batch("demo", T0, 21));

        assertThat(batch.path("system").asString()).isEqualTo("demo");
        assertThat(batch.path("samples")).allSatisfy(sample -> assertThat(sample.path("timestamp").asString())
                .isEqualTo(T0.plus(Duration.ofMinutes(21)).toString()));
        assertThat(value(batch, "http_error_ratio")).isEqualTo(0.12);
        assertThat(value(batch, "active_users")).isEqualTo(DemoScript.users(21));
        assertThat(batch.path("samples").findValuesAsString("name")).doesNotContain("auth_failures_total");
    }

    @Test
    void theAuthBurstComesFromOneAddressNearTheEnd() {
        JsonNode before = EventJson.mapper().readTree(DemoScript.batch("demo", T0, DemoScript.AUTH_BURST_AT - 1));
        JsonNode burst = EventJson.mapper().readTree(DemoScript.batch("demo", T0, DemoScript.AUTH_BURST_AT));

        assertThat(value(before, "auth_failures_total")).isZero();
        assertThat(value(burst, "auth_failures_total")).isEqualTo(60);
        assertThat(value(DemoScript.batch("demo", T0, 30), "http_error_ratio")).isEqualTo(0.002);
    }

    @Test
    void theSummaryNamesEachKindOfDecision() {
        String summary = Demo.summary("demo", Map.of("phase.changed", 3, "incident.opened", 5, "incident.resolved", 2),
                Duration.ofSeconds(40));

        assertThat(summary).contains("phase changes                      3")
                .contains("incidents opened / resolved        5 / 2")
                .contains("./scaleplan events --system=demo --from-beginning");
    }

    private static double value(String batch, String name) {
        return value(EventJson.mapper().readTree(batch), name);
    }

    private static double value(JsonNode batch, String name) {
        for (JsonNode sample : batch.path("samples")) {
            if (sample.path("name").asString().equals(name)) {
                return sample.path("value").asDouble();
            }
        }
        throw new AssertionError("no " + name + " in " + batch);
    }
}
