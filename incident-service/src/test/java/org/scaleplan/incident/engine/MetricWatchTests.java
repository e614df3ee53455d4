package org.scaleplan.incident.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.scaleplan.config.Comparison;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.incident.runbooks.Action;

class MetricWatchTests {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
    private static final Action.AwaitMetric RECOVERED = new Action.AwaitMetric("http_error_ratio",
            Map.of("service", "checkout"), Comparison.LESS, 0.01, Duration.ofSeconds(60));

    private final MetricWatch metrics = new MetricWatch();
    private final List<String> held = new ArrayList<>();

    @Test
    void holdsOnceTheConditionHeldOnEverySampleForTheDuration() {
        metrics.watch("shop", RECOVERED, held::add);

        sample("shop", "http_error_ratio", "checkout", 0, 0.005);
        sample("shop", "http_error_ratio", "checkout", 30, 0.004);
        assertThat(held).isEmpty();
        sample("shop", "http_error_ratio", "checkout", 60, 0.003);
        sample("shop", "http_error_ratio", "checkout", 90, 0.002);

        assertThat(held).containsExactly("http_error_ratio {service=checkout} < 0.01 for 60s (last 0.003000)");
    }

    @Test
    void aSampleThatBreaksTheConditionStartsTheCountAgain() {
        metrics.watch("shop", RECOVERED, held::add);

        sample("shop", "http_error_ratio", "checkout", 0, 0.005);
        sample("shop", "http_error_ratio", "checkout", 40, 0.02);
        sample("shop", "http_error_ratio", "checkout", 80, 0.005);
        sample("shop", "http_error_ratio", "checkout", 120, 0.005);
        assertThat(held).isEmpty();
        sample("shop", "http_error_ratio", "checkout", 140, 0.005);

        assertThat(held).hasSize(1);
    }

    @Test
    void onlyTheSystemsMetricAndMatchingSeriesCount() {
        metrics.watch("shop", RECOVERED, held::add);

        sample("blog", "http_error_ratio", "checkout", 0, 0.001);
        sample("shop", "cpu_utilization", "checkout", 0, 0.001);
        sample("shop", "http_error_ratio", "search", 0, 0.001);
        sample("blog", "http_error_ratio", "checkout", 90, 0.001);
        sample("shop", "cpu_utilization", "checkout", 90, 0.001);
        sample("shop", "http_error_ratio", "search", 90, 0.001);

        assertThat(held).isEmpty();
    }

    @Test
    void aCancelledWatchHearsNothingAndSaysItWasStillWaiting() {
        MetricWatch.Watch watch = metrics.watch("shop", RECOVERED, held::add);

        assertThat(watch.cancel()).isTrue();
        sample("shop", "http_error_ratio", "checkout", 0, 0.001);
        sample("shop", "http_error_ratio", "checkout", 60, 0.001);

        assertThat(held).isEmpty();
        assertThat(watch.cancel()).isFalse();
    }

    @Test
    void watchesOnlyTheMetricsOfWaitingSteps() {
        assertThat(metrics.watches("http_error_ratio")).isFalse();

        MetricWatch.Watch watch = metrics.watch("shop", RECOVERED, held::add);
        assertThat(metrics.watches("http_error_ratio")).isTrue();
        assertThat(metrics.watches("cpu_utilization")).isFalse();

        watch.cancel();
        assertThat(metrics.watches("http_error_ratio")).isFalse();
    }

    private void sample(String system, String metric, String service, int seconds, double value) {
        Instant at = T0.plusSeconds(seconds);
        metrics.observe(new MetricSample(UUID.randomUUID(), at, system, metric, Map.of("service", service), value, at));
    }
}
