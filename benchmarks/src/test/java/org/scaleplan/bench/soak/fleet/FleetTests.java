package org.scaleplan.bench.soak.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.EventIds;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.contracts.metrics.SeriesLabels;

class FleetTests {

    private static final Instant NOW = Instant.parse("2027-06-10T08:00:00Z");
    private static final Schedule QUICK = new Schedule(Schedule.startAfter(NOW), 14, Duration.ofHours(1),
            Duration.ofHours(3), List.of(10, 12, 14));
    private static final Fleet FLEET = new Fleet(QUICK, 20);

    @Nested
    class Series {

        @Test
        void everySystemSendsItsUsersNodesAiBillAndTwoSeriesPerPodEachTick() {
            List<MetricSample> samples = FLEET.tick(1);

            assertThat(samples).hasSize(20 * (2 + 2 + 1 + 2 * Pods.SLOTS));
            assertThat(samples.stream().filter(s -> s.system().equals("soak-07")).map(MetricSample::name))
                    .containsOnly("active_users", "cpu_cores", "cost_usd_total", "http_error_ratio",
                            "auth_failures_total");
        }

        /** The long form's pods alone: 20 systems, 4 slots, a new pod every 3 hours for 100 days, 2 series each. */
        @Test
        void theLongFormHasMoreThanAHundredThousandDistinctSeries() {
            Schedule longForm = new Schedule(QUICK.start(), 100, QUICK.interval(), QUICK.staleness(), List.of(10));
            Set<String> pods = new HashSet<>();
            for (int tick = 0; tick < longForm.ticks(); tick++) {
                for (int system = 0; system < 20; system++) {
                    for (int slot = 0; slot < Pods.SLOTS; slot++) {
                        pods.add(system + "/" + Pods.at(system, slot, tick).name());
                    }
                }
            }

            assertThat(2 * pods.size()).isGreaterThan(100_000);
        }

        @Test
        void theQuickFormsSeriesAreCountedFromItsSamples() {
            Set<String> series = new HashSet<>();
            IntStream.range(0, QUICK.ticks()).forEach(tick -> FLEET.tick(tick).forEach(s -> series.add(s.system()
                    + s.name() + SeriesLabels.text(s.labels()))));

            assertThat(series).hasSizeGreaterThan(15_000);
        }

        @Test
        void aSampleHasTheIdIngestWouldGiveIt() {
            MetricSample sample = FLEET.tick(3).get(0);

            assertThat(sample.eventId()).isEqualTo(EventIds.of("metric-sample", sample.system(), sample.name(),
                    new TreeMap<>(sample.labels()), sample.occurredAt()));
            assertThat(FLEET.tick(3).get(0)).isEqualTo(sample);
        }
    }

    @Nested
    class Churn {

        @Test
        void everyPodIsReplacedAfterItsLifetimeByOneOfANewName() {
            Map<String, List<Integer>> ticksByPod = new HashMap<>();
            for (int tick = 0; tick < 3 * 24; tick++) {
                for (MetricSample s : FLEET.tick(tick)) {
                    if (s.system().equals("soak-03") && s.name().equals("http_error_ratio")) {
                        ticksByPod.computeIfAbsent(s.labels().get("pod"), p -> new ArrayList<>()).add(tick);
                    }
                }
            }

            assertThat(ticksByPod.values()).allSatisfy(ticks -> assertThat(ticks.size()).isLessThanOrEqualTo(
                    Pods.LIFETIME));
            assertThat(ticksByPod).hasSizeGreaterThanOrEqualTo(3 * 24 / 3 * Pods.SLOTS);
        }

        @Test
        void onePodOfEachSystemFailsADayInItsLastTwoSamples() {
            List<FailingPod> failing = FLEET.failingPods();

            assertThat(failing).hasSizeBetween(20 * 13, 20 * 14);
            FailingPod pod = failing.get(5);
            List<Double> ratios = new ArrayList<>();
            IntStream.range(0, QUICK.ticks()).forEach(tick -> FLEET.tick(tick).stream()
                    .filter(s -> s.system().equals(pod.system()) && pod.pod().equals(s.labels().get("pod"))
                            && s.name().equals("http_error_ratio")).forEach(s -> ratios.add(s.value())));
            assertThat(ratios).hasSize(Pods.LIFETIME);
            assertThat(ratios.subList(1, 3)).containsOnly(0.2);
            assertThat(ratios.get(0)).isLessThan(0.01);
        }
    }

    @Nested
    class Time {

        @Test
        void theLaggingRegionIsStampedBehindTheOthersAndArrivesWithThem() {
            Map<String, MetricSample> users = new HashMap<>();
            FLEET.tick(7).stream().filter(s -> s.system().equals("soak-01") && s.name().equals("active_users"))
                    .forEach(s -> users.put(s.labels().get("region"), s));

            assertThat(users.get("ap").occurredAt()).isEqualTo(QUICK.at(7).minus(Schedule.REGION_LAG));
            assertThat(users.get("eu").occurredAt()).isEqualTo(QUICK.at(7));
            assertThat(users.get("ap").receivedAt()).isEqualTo(users.get("eu").receivedAt())
                    .isEqualTo(QUICK.arrival(7));
        }

        @Test
        void theAiBillOfAMonthsLastMinutesArrivesAfterTheNewMonthsFirstSamples() {
            int first = IntStream.range(1, QUICK.ticks()).filter(QUICK::monthStarts).findFirst().orElseThrow();
            List<MetricSample> second = FLEET.tick(first + 1);

            assertThat(ai(FLEET.tick(first))).isEmpty();
            assertThat(ai(second)).hasSize(20);
            assertThat(second.subList(second.size() - 20, second.size())).allSatisfy(late -> {
                assertThat(late.name()).isEqualTo("cost_usd_total");
                assertThat(late.occurredAt()).isEqualTo(QUICK.at(first).minus(Schedule.LATE_BEFORE_MONTH_END));
                assertThat(late.receivedAt()).isEqualTo(QUICK.arrival(first + 1));
            });
            assertThat(ai(FLEET.tick(first + 2))).allSatisfy(s -> assertThat(s.occurredAt())
                    .isEqualTo(QUICK.at(first + 2)));
        }

        @Test
        void everyFifthSystemsSecondNodeIsSwitchedOffForThreeDays() {
            List<Instant> seen = new ArrayList<>();
            IntStream.range(0, QUICK.ticks()).forEach(tick -> FLEET.tick(tick).stream()
                    .filter(s -> s.system().equals("soak-06") && "n2".equals(s.labels().get("node")))
                    .forEach(s -> seen.add(s.occurredAt())));
            List<Instant> gaps = IntStream.range(1, seen.size()).filter(i -> !seen.get(i).equals(seen.get(i - 1)
                    .plus(QUICK.interval()))).mapToObj(seen::get).toList();

            assertThat(gaps).containsExactly(QUICK.gapReturn());
            assertThat(seen).contains(QUICK.gapFrom().minus(QUICK.interval())).doesNotContain(QUICK.gapFrom());
            assertThat(IntStream.range(0, QUICK.ticks()).filter(tick -> FLEET.switchedOff(1, tick))).isEmpty();
        }
    }

    private static List<MetricSample> ai(List<MetricSample> samples) {
        return samples.stream().filter(s -> s.name().equals("cost_usd_total")).toList();
    }
}
