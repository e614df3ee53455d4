package org.scaleplan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scaleplan.access.FieldProblem;
import org.springframework.util.unit.DataSize;

class SampleRulesTests {

    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    static final IngestProperties LIMITS = new IngestProperties(DataSize.ofMegabytes(10), 10000, 3, 200, 16,
            Duration.ofHours(24), Duration.ofMinutes(10), Duration.ofSeconds(10), Duration.ofHours(24),
            Duration.ofSeconds(5));

    private final SampleRules rules = new SampleRules(LIMITS, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void acceptsAPrometheusStyleSample() {
        assertThat(rules.check(sample("http_request_duration_seconds", Map.of("quantile", "0.99"), 0.21, NOW), "s"))
                .isEmpty();
        assertThat(rules.check(sample("node:cpu_utilization:avg5m", Map.of(), 0.5, NOW.minusSeconds(3600)), "s"))
                .isEmpty();
    }

    @Test
    void namesEachBrokenRuleAtItsField() {
        Map<String, String> labels = new HashMap<>();
        labels.put("__reserved", "x");         // reserved prefix
        labels.put("bad-name", "x");           // not a Prometheus label name
        labels.put("region", "x".repeat(17));  // value too long
        labels.put("zone", "a");               // a fourth label: one more than allowed

        assertThat(rules.check(sample("1st_metric", labels, Double.NaN, NOW.plus(Duration.ofHours(1))), "samples[4]"))
                .extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("samples[4].name", "samples[4].labels", "samples[4].labels.__reserved",
                        "samples[4].labels.bad-name", "samples[4].labels.region", "samples[4].value",
                        "samples[4].timestamp");
    }

    @Test
    void refusesTimestampsOutsideTheWindow() {
        assertThat(rules.check(sample("up", Map.of(), 1, NOW.minus(Duration.ofHours(25))), "s"))
                .singleElement().extracting(FieldProblem::reason).asString().contains("old");
        assertThat(rules.check(sample("up", Map.of(), 1, NOW.plus(Duration.ofMinutes(11))), "s"))
                .singleElement().extracting(FieldProblem::reason).asString().contains("future");
        assertThat(rules.check(sample("up", Map.of(), 1, NOW.plus(Duration.ofMinutes(9))), "s")).isEmpty();
    }

    @Test
    void refusesInfiniteValuesAndBadSystems() {
        assertThat(rules.check(new IncomingSample("shop prod", "up", Map.of(), Double.POSITIVE_INFINITY, NOW), "s"))
                .extracting(FieldProblem::field).containsExactly("s.system", "s.value");
    }

    private static IncomingSample sample(String name, Map<String, String> labels, double value, Instant at) {
        return new IncomingSample("shop-prod", name, labels, value, at);
    }
}
