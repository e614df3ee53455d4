package org.scaleplan.evaluator.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scaleplan.contracts.EventIds;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.alert.AlertFiring;
import org.scaleplan.contracts.alert.AlertResolved;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.contracts.phase.PhaseChanged;
import org.scaleplan.contracts.phase.PhaseForecast;
import org.scaleplan.evaluator.phase.PhasePlan;
import org.scaleplan.evaluator.phase.Trend;
import org.scaleplan.evaluator.rules.Aggregation;
import org.scaleplan.evaluator.rules.AlertRule;
import org.scaleplan.config.Comparison;
import org.scaleplan.evaluator.rules.RuleFiles;
import org.scaleplan.evaluator.rules.RuleState;

class EvaluationTests {

    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    private static final String SYSTEM = "shop";
    private static final Map<String, String> CHECKOUT = Map.of("service", "checkout");
    private static final RuleSet NO_RULES = new RuleSet("none", List.of());

    /** 700 users growing by 50 every 30 s for 10 minutes: 1,000 at 3:00, never 5,000. */
    private static final List<MetricSample> GROWTH = IntStream.range(0, 20)
            .mapToObj(i -> users(T0.plusSeconds(30L * i), 700 + 50 * i, Map.of()))
            .toList();

    private final AtomicReference<RuleSet> rules = new AtomicReference<>(NO_RULES);
    /** A forecast window of an hour keeps one trend point per minute. */
    private final Evaluation evaluation = new Evaluation(PhasePlan.defaults(), Duration.ofHours(1), rules::get);
    private final StateMap<Standing> standings = StateMap.inMemory();
    private final StateMap<RuleState> alerts = StateMap.inMemory();

    /** State as JSON bytes in a map, as the live service keeps it in its stores. */
    private static final class JsonMapState<V> implements StateMap<V> {

        private final Map<String, byte[]> values = new HashMap<>();
        private final Class<V> type;

        JsonMapState(Class<V> type) {
            this.type = type;
        }

        @Override
        public V get(String key) {
            byte[] json = values.get(key);
            return json == null ? null : EventJson.mapper().readValue(json, type);
        }

        @Override
        public void put(String key, V value) {
            values.put(key, EventJson.mapper().writeValueAsBytes(value));
        }
    }

    private List<SystemEvent> apply(List<MetricSample> samples) {
        List<SystemEvent> decisions = new ArrayList<>();
        samples.forEach(sample -> decisions.addAll(evaluation.apply(sample, standings, alerts)));
        return decisions;
    }

    private List<SystemEvent> apply(MetricSample... samples) {
        return apply(List.of(samples));
    }

    private static Instant at(String minutesSeconds) {
        String[] parts = minutesSeconds.split(":");
        return T0.plus(Duration.ofMinutes(Long.parseLong(parts[0])).plusSeconds(Long.parseLong(parts[1])));
    }

    private static MetricSample sample(String name, Instant at, double value, Map<String, String> labels) {
        return new MetricSample(EventIds.of("test-sample", SYSTEM, name, labels, at, value), at, SYSTEM, name,
                labels, value, at.plusMillis(250));
    }

    private static MetricSample users(Instant at, double users, Map<String, String> labels) {
        return sample("active_users", at, users, labels);
    }

    /** "eu 600 at 0:00; us 500 at 0:10": active users of each region's series. */
    private static List<MetricSample> regions(String samples) {
        return Arrays.stream(samples.split(";")).map(String::trim).map(s -> s.split(" "))
                .map(s -> users(at(s[3]), Double.parseDouble(s[1]), Map.of("region", s[0])))
                .toList();
    }

    private static MetricSample errorRatio(String time, double ratio) {
        return sample("http_error_ratio", at(time), ratio, CHECKOUT);
    }

    /** HighErrorRate on checkout: each sample alone above 0.05 (30 s window), for {@code pendingFor}. */
    private static AlertRule highErrorRate(Duration pendingFor) {
        return new AlertRule("HighErrorRate", "http_error_ratio", CHECKOUT, Aggregation.AVG, Duration.ofSeconds(30),
                Comparison.GREATER, 0.05, pendingFor, Duration.ZERO, "critical", Map.of(), Map.of());
    }

    /** A decision as "1->2 at 8:00", "forecast at 2:00: 2 at 3:00", "firing HighCpu at 5:00"... */
    private static String render(SystemEvent decision) {
        String at = time(decision.occurredAt());
        if (decision instanceof PhaseChanged c) {
            return c.previousPhase() + "->" + c.phase() + " at " + at;
        }
        if (decision instanceof PhaseForecast f) {
            return "forecast at " + at + ": " + f.nextPhase() + (f.expectedAt() == null ? " not in sight"
                    : " at " + time(f.expectedAt()));
        }
        if (decision instanceof AlertFiring a) {
            return "firing " + a.alertname() + " at " + at;
        }
        return "resolved " + ((AlertResolved) decision).alertname() + " at " + at;
    }

    private static String time(Instant at) {
        long seconds = Duration.between(T0, at).toSeconds();
        return "%d:%02d".formatted(seconds / 60, seconds % 60);
    }

    @Nested
    class Phase {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                // two regions add up
                "eu 600 at 0:00; us 500 at 0:10                  | 1100 | {region=\"eu\"}, {region=\"us\"}",
                // a series' newer sample replaces its older one
                "eu 600 at 0:00; us 500 at 0:10; eu 700 at 0:30  | 1200 | {region=\"eu\"}, {region=\"us\"}",
                "eu 600 at 0:00; eu 700 at 0:30                  | 700  | {region=\"eu\"}",
                // eu silent for 4:59: still counts
                "eu 600 at 0:00; us 500 at 4:59                  | 1100 | {region=\"eu\"}, {region=\"us\"}",
                // eu silent for more than 5 minutes: no longer counts
                "eu 600 at 0:00; us 500 at 5:01                  | 500  | {region=\"us\"}",
        })
        void countsTheSumOfTheSeriesThatAreNotStale(String samples, long total, String series) {
            apply(regions(samples));

            Standing standing = standings.get(SYSTEM);
            assertThat(standing.phase().activeUsers()).isEqualTo(total);
            assertThat(standing.series().keySet()).containsExactly(series.split(", "));
        }

        @Test
        void keepsTheNewestPointOfEachSeries() {
            apply(regions("eu 600 at 0:00; us 500 at 0:10"));

            assertThat(standings.get(SYSTEM).series()).isEqualTo(Map.of(
                    "{region=\"eu\"}", new Trend.Point(at("0:00"), 600),
                    "{region=\"us\"}", new Trend.Point(at("0:10"), 500)));
        }

        @Test
        void changesPhaseOnceTheCrossingHeldForTheWindowAndForecastsFromThreeTrendPoints() {
            List<SystemEvent> decisions = apply(GROWTH);

            assertThat(decisions).extracting(EvaluationTests::render).containsExactly(
                    "forecast at 2:00: 2 at 3:00",  // the third trend point (one per minute)
                    "forecast at 3:00: 2 at 3:00",  // 1,000 reached: the crossing is now
                    "1->2 at 8:00",                 // 1,000 since 3:00, held for 5 minutes
                    "forecast at 8:00: 3 at 43:00"); // in phase 2, +100 a minute from 1,500 toward 5,000
        }

        @Test
        void citesTheDecidingSample() {
            PhaseChanged change = (PhaseChanged) apply(GROWTH).get(2);

            assertThat(change.causedBy()).containsExactly(GROWTH.get(16).eventId());
            assertThat(change.activeUsers()).isEqualTo(1500);
        }

        @Test
        void changesPhaseOnTheSumOfTheRegions() {
            List<MetricSample> samples = IntStream.range(0, 20)
                    .mapToObj(i -> List.of(users(T0.plusSeconds(30L * i), 600, Map.of("region", "eu")),
                            users(T0.plusSeconds(30L * i + 1), 600, Map.of("region", "us"))))
                    .flatMap(List::stream)
                    .toList();

            assertThat(apply(samples)).filteredOn(PhaseChanged.class::isInstance)
                    .extracting(EvaluationTests::render).containsExactly("1->2 at 5:01");
        }

        /**
         * Regions sampled at the same instants publish a forecast on the first region's sample and, as the second
         * region's sample moves the crossing materially, another one for the same instant.
         */
        @Test
        void givesEveryPublishedForecastItsOwnEventId() {
            List<MetricSample> samples = IntStream.range(0, 6)
                    .mapToObj(m -> List.of(users(T0.plusSeconds(60L * m), 300 + 50 * m, Map.of("region", "eu")),
                            users(T0.plusSeconds(60L * m), 300 + 50 * m, Map.of("region", "us"))))
                    .flatMap(List::stream)
                    .toList();

            List<PhaseForecast> forecasts = apply(samples).stream()
                    .filter(PhaseForecast.class::isInstance).map(PhaseForecast.class::cast).toList();

            assertThat(forecasts).hasSizeGreaterThan(1);
            assertThat(forecasts).extracting(PhaseForecast::eventId).doesNotHaveDuplicates();
        }

        /** Each region grows by 50 users a minute: the system by 100 a minute, 144,000 a day. */
        @Test
        void measuresGrowthOnTheTotalOfSeriesSampledAtTheSameInstants() {
            List<MetricSample> samples = IntStream.range(0, 6)
                    .mapToObj(m -> List.of(users(T0.plusSeconds(60L * m), 300 + 50 * m, Map.of("region", "eu")),
                            users(T0.plusSeconds(60L * m), 300 + 50 * m, Map.of("region", "us"))))
                    .flatMap(List::stream)
                    .toList();

            apply(samples);

            assertThat(standings.get(SYSTEM).trend().points()).extracting(Trend.Point::users)
                    .containsExactly(600L, 700L, 800L, 900L, 1000L, 1100L);
            assertThat(standings.get(SYSTEM).forecast().growthPerDay()).isCloseTo(144_000, within(0.001));
        }

        /** As the phase machine does on its own (see PhaseMachineTests.LateAndOutOfOrder). */
        @Test
        void restartsTheWaitOnAnOutOfOrderDipWithinGrace() {
            apply(IntStream.range(0, 10).mapToObj(i -> users(T0.plusSeconds(30L * i), 1200, Map.of())).toList());
            apply(users(at("4:10"), 500, Map.of())); // sent before the 4:30 sample, arriving after it, within grace

            List<SystemEvent> decisions = apply(users(at("5:00"), 1200, Map.of()));

            assertThat(decisions).filteredOn(PhaseChanged.class::isInstance).isEmpty();
        }

        @ParameterizedTest(name = "{0} after 4:30")
        @CsvSource(delimiter = '|', value = {
                // older than 4:30 minus 30 s of grace: late
                "users of the same series at 3:59 | 3:59 |     | true",
                "users of a new series at 3:59    | 3:59 | ap  | true",
                // within grace: a new series counts
                "users of a new series at 4:10    | 4:10 | ap  | false",
        })
        void ignoresLateSamples(String description, String time, String region, boolean ignored) {
            apply(GROWTH.subList(0, 10));
            Standing before = standings.get(SYSTEM);

            Map<String, String> labels = region == null ? Map.of() : Map.of("region", region);
            List<SystemEvent> decisions = apply(users(at(time), 0, labels));

            assertThat(decisions).isEmpty();
            assertThat(standings.get(SYSTEM).equals(before)).isEqualTo(ignored);
        }
    }

    @Nested
    class Rules {

        @Test
        void firesAndResolvesWhatARuleDecides() {
            rules.set(new RuleSet("test", List.of(highErrorRate(Duration.ofMinutes(1)))));

            List<SystemEvent> decisions = apply(errorRatio("0:00", 0.1), errorRatio("0:30", 0.1),
                    errorRatio("1:00", 0.1), errorRatio("1:30", 0.1), errorRatio("2:00", 0));

            assertThat(decisions).extracting(EvaluationTests::render)
                    .containsExactly("firing HighErrorRate at 1:00", "resolved HighErrorRate at 2:00");
            assertThat(alerts.get("shop/HighErrorRate{service=\"checkout\"}").status())
                    .isEqualTo(RuleState.Status.INACTIVE);
            assertThat(standings.get(SYSTEM)).isNull();
        }

        @Test
        void firesTheShippedRulesOfTheSamplesMetric() {
            rules.set(new RuleSet("defaults", RuleFiles.defaults()));
            List<MetricSample> cpu = IntStream.rangeClosed(0, 20)
                    .mapToObj(i -> sample("cpu_utilization", T0.plusSeconds(30L * i), 0.95, Map.of()))
                    .toList();

            assertThat(apply(cpu)).extracting(EvaluationTests::render)
                    .containsExactly("firing CriticalCpu at 5:00", "firing HighCpu at 10:00");
        }

        @Test
        void readsThePhaseMetricAndTheMetricsOfTheRulesLoadedNow() {
            assertThat(evaluation.reads("active_users")).isTrue();
            assertThat(evaluation.reads("http_error_ratio")).isFalse();

            rules.set(new RuleSet("test", List.of(highErrorRate(Duration.ZERO))));

            assertThat(evaluation.reads("http_error_ratio")).isTrue();
            assertThat(evaluation.reads("cpu_utilization")).isFalse();
        }

        @Test
        void leavesSamplesNoRuleMatchesAlone() {
            rules.set(new RuleSet("test", List.of(highErrorRate(Duration.ZERO))));

            List<SystemEvent> decisions = apply(sample("http_error_ratio", at("0:00"), 0.9, Map.of("service", "cart")),
                    sample("cpu_utilization", at("0:00"), 0.9, CHECKOUT));

            assertThat(decisions).isEmpty();
            assertThat(alerts.get("shop/HighErrorRate{service=\"cart\"}")).isNull();
        }

        @Test
        void appliesReloadedRulesFromTheNextSample() {
            List<SystemEvent> before = apply(errorRatio("0:00", 0.1));
            rules.set(new RuleSet("reloaded", List.of(highErrorRate(Duration.ZERO))));

            List<SystemEvent> after = apply(errorRatio("0:30", 0.1));

            assertThat(before).isEmpty();
            assertThat(after).extracting(EvaluationTests::render).containsExactly("firing HighErrorRate at 0:30");
        }

        @Test
        void ignoresALateSampleOfARule() {
            rules.set(new RuleSet("test", List.of(highErrorRate(Duration.ofMinutes(1)))));
            apply(errorRatio("0:00", 0.1), errorRatio("0:30", 0.1));
            RuleState before = alerts.get("shop/HighErrorRate{service=\"checkout\"}");

            assertThat(apply(errorRatio("0:10", 0))).isEmpty();
            assertThat(alerts.get("shop/HighErrorRate{service=\"checkout\"}")).isEqualTo(before);
        }

        /**
         * A rule's labels override the series' labels on the alert, so two series that differ only in such a label
         * have the same fingerprint, the key of their state.
         */
        @Test
        void evaluatesSeriesThatDifferOnlyInALabelTheRuleOverrides() {
            AlertRule rule = new AlertRule("HighErrorRate", "http_error_ratio", CHECKOUT, Aggregation.AVG,
                    Duration.ofSeconds(30), Comparison.GREATER, 0.05, Duration.ZERO, Duration.ZERO, "critical",
                    Map.of("env", "prod"), Map.of());
            rules.set(new RuleSet("test", List.of(rule)));

            ThrowingCallable evaluate = () -> apply(
                    sample("http_error_ratio", at("0:00"), 0.1, Map.of("service", "checkout", "env", "blue")),
                    sample("http_error_ratio", at("0:00"), 0.1, Map.of("service", "checkout", "env", "green")));

            assertThatCode(evaluate).doesNotThrowAnyException();
        }
    }

    @Nested
    class State {

        @Test
        void storesAStandingThatReadsBackEqualFromJson() {
            apply(GROWTH.subList(0, 15));
            apply(regions("us 500 at 7:00"));
            Standing standing = standings.get(SYSTEM);
            // every part filled in, so that every part is compared
            assertThat(standing.phase().upSince()).isNotEmpty();
            assertThat(standing.series()).hasSize(2);
            assertThat(standing.trend().points()).hasSizeGreaterThan(2);
            assertThat(standing.forecast()).isNotNull();

            assertThat(roundTrip(standing, Standing.class)).isEqualTo(standing);
        }

        @Test
        void storesAStandingInTheTopPhaseThatReadsBackEqualFromJson() {
            apply(IntStream.range(0, 13).mapToObj(i -> users(T0.plusSeconds(30L * i), 25_000, Map.of())).toList());
            Standing top = standings.get(SYSTEM);
            // the forecast's optional fields are absent, and so left out of the JSON
            assertThat(top.forecast().nextPhase()).isNull();
            assertThat(top.forecast().expectedAt()).isNull();

            assertThat(roundTrip(top, Standing.class)).isEqualTo(top);
        }

        @Test
        void storesARuleStateThatReadsBackEqualFromJson() {
            AlertRule keepsFiring = new AlertRule("HighErrorRate", "http_error_ratio", CHECKOUT, Aggregation.AVG,
                    Duration.ofMinutes(1), Comparison.GREATER, 0.05, Duration.ZERO, Duration.ofMinutes(5), "critical",
                    Map.of(), Map.of());
            rules.set(new RuleSet("test", List.of(keepsFiring)));
            apply(errorRatio("0:00", 0.1), errorRatio("0:30", 0.1), errorRatio("1:00", 0), errorRatio("1:30", 0));
            RuleState firing = alerts.get("shop/HighErrorRate{service=\"checkout\"}");
            assertThat(firing.falseSince()).isNotNull();
            assertThat(firing.window()).hasSize(2);

            assertThat(roundTrip(firing, RuleState.class)).isEqualTo(firing);
        }

        @Test
        void decidesTheSameWithItsStateStoredAsJson() {
            rules.set(new RuleSet("test", List.of(highErrorRate(Duration.ofMinutes(1)))));
            List<MetricSample> samples = new ArrayList<>(GROWTH);
            IntStream.range(0, 6).forEach(i -> samples.add(errorRatio("%d:%02d".formatted(i / 2, i % 2 * 30 + 5),
                    i < 4 ? 0.1 : 0)));
            samples.sort((a, b) -> a.occurredAt().compareTo(b.occurredAt()));

            List<SystemEvent> inMaps = apply(samples);
            StateMap<Standing> jsonStandings = new JsonMapState<>(Standing.class);
            StateMap<RuleState> jsonAlerts = new JsonMapState<>(RuleState.class);
            List<SystemEvent> inJson = samples.stream()
                    .flatMap(sample -> evaluation.apply(sample, jsonStandings, jsonAlerts).stream()).toList();

            assertThat(inMaps).hasSize(6);
            assertThat(inJson).isEqualTo(inMaps);
        }

        private static <T> T roundTrip(T value, Class<T> type) {
            return EventJson.mapper().readValue(EventJson.mapper().writeValueAsBytes(value), type);
        }
    }
}
