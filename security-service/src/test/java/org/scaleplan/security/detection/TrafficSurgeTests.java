package org.scaleplan.security.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scaleplan.security.detection.Fixtures.arrived;
import static org.assertj.core.api.Assertions.within;
import static org.scaleplan.security.detection.Fixtures.SYSTEM;
import static org.scaleplan.security.detection.Fixtures.at;
import static org.scaleplan.security.detection.Fixtures.counter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.security.detection.Fixtures.JsonStore;

/**
 * A surge of a system's requests: 1-minute windows against a baseline warmed up over 5 minutes (each window
 * weighing 2 / (5 + 1) = 1/3), a factor of 3 and at least 1 request a second. Steady traffic is 120 requests a
 * minute, sampled at m:30; the first window holds only the starting point, so after window j closed the baseline is
 * 2 × (1 - (2/3)^j) requests a second.
 */
class TrafficSurgeTests {

    private static final String SURGE = "surge|shop-prod|traffic-surge";

    private final JsonStore store = new JsonStore();
    private final Map<String, Double> totals = new HashMap<>();
    private final List<Overflow> overflows = new ArrayList<>();
    private Detection detection = detection(1);

    private static Detection detection(double minRate) {
        SurgeSpec spec = new SurgeSpec(Duration.ofMinutes(1), 3, minRate, Duration.ofMinutes(5));
        return new Detection(List.of(Fixtures.surge(spec)));
    }

    /** {@code more} requests from {@code address} by {@code at}. */
    private MetricSample requests(String address, double more, String at) {
        double total = totals.merge(address, more, Double::sum);
        MetricSample sample = counter(SYSTEM, "http_requests_total", Map.of("client_ip", address), total, at(at));
        overflows.addAll(arrived(detection, sample, store).overflows());
        return sample;
    }

    private void steady(int fromMinute, int toMinute) {
        for (int minute = fromMinute; minute <= toMinute; minute++) {
            requests("203.0.113.7", 120, minute + ":30");
        }
    }

    private DetectionState.Surge surge() {
        return Objects.requireNonNull(store.get(SURGE)).surge();
    }

    private static double baselineAfter(int windows) {
        return 2 * (1 - Math.pow(2.0 / 3, windows));
    }

    @Test
    void staysQuietOnSteadyTraffic() {
        steady(0, 30);

        assertThat(overflows).isEmpty();
        assertThat(surge().windowStart()).isEqualTo(at("30:00"));
        assertThat(surge().baseline()).isCloseTo(baselineAfter(29), within(1e-9));
    }

    @Test
    void reportsASurgeOnceAsSoonAsTheRateExceedsFactorTimesTheBaseline() {
        steady(0, 10);

        requests("203.0.113.7", 300, "11:10");                     // 5/s, not above 3 × 1.97
        MetricSample surging = requests("203.0.113.7", 100, "11:20");   // 6.67/s
        requests("203.0.113.7", 100, "11:30");                     // the same window: reported already

        assertThat(overflows).singleElement().satisfies(overflow -> {
            assertThat(overflow.summary()).isEqualTo("http_requests_total at 6.67/s in the 1m window from "
                    + "2026-01-05T09:11:00Z, 3.39 times its baseline of 1.97/s (factor 3)");
            assertThat(overflow.system()).isEqualTo(SYSTEM);
            assertThat(overflow.scope()).isNull();
            assertThat(overflow.scenario().decision()).isNull();
            assertThat(overflow.at()).isEqualTo(at("11:20"));
            assertThat(overflow.causedBy()).containsExactly(surging.eventId());
        });
        assertThat(surge().baseline()).isCloseTo(baselineAfter(10), within(1e-9));
    }

    @Test
    void reportsNothingBeforeTheWarmUp() {
        steady(0, 2);

        requests("203.0.113.7", 3000, "3:20");                     // 50/s, 3 minutes after the first window

        assertThat(overflows).isEmpty();
        assertThat(surge().reported()).isFalse();
    }

    @Test
    void needsTheMinimumRate() {
        detection = detection(10);
        steady(0, 10);

        requests("203.0.113.7", 500, "11:10");                     // 8.33/s: over 3 × 1.97, under 10
        assertThat(overflows).isEmpty();
        requests("203.0.113.7", 100, "11:20");                     // 10/s

        assertThat(overflows).hasSize(1);
    }

    @Test
    void addsUpTheIncreasesOfEverySeriesOfTheSystem() {
        requests("203.0.113.7", 0, "0:10");
        requests("198.51.100.1", 0, "0:20");

        requests("203.0.113.7", 40, "1:10");
        requests("198.51.100.1", 50, "1:20");

        assertThat(surge().total()).isEqualTo(90.0);
    }

    @Test
    void aGapInTheSamplesIsNeitherQuietTrafficNorASurge() {
        steady(0, 10);

        requests("203.0.113.7", 480, "14:30");                     // 4 minutes at 2/s: 2/s over one window

        assertThat(overflows).isEmpty();
        assertThat(surge().total()).isEqualTo(120.0);
        assertThat(surge().baseline()).isCloseTo(baselineAfter(10), within(1e-9));   // the gap did not fold as 0
    }
}
