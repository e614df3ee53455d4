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
import java.util.TreeMap;
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
import org.scaleplan.evaluator.phase.PhaseState;
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
    private static final String CHECKOUT_KEY = "shop/HighErrorRate{service=\"checkout\"}";

    /** 700 users growing by 50 every 30 s for 10 minutes: 1,000 at 3:00, never 5,000. */
    private static final List<MetricSample> GROWTH = IntStream.range(0, 20)
            .mapToObj(i -> users(T0.plusSeconds(30L * i), 700 + 50 * i, Map.of()))
            .toList();

    private final AtomicReference<RuleSet> rules = new AtomicReference<>(NO_RULES);
    /** A forecast window of an hour keeps one trend point per minute. */
    private final Evaluation evaluation = new Evaluation(PhasePlan.defaults(), Duration.ofHours(1), Limits.DEFAULTS,
            rules::get);
    private final EvaluationState state = EvaluationState.inMemory();
    private final StateMap<Standing> standings = state.standings();
    private final StateMap<RuleState> alerts = state.alerts();

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

        @Override
        public void remove(String key) {
            values.remove(key);
        }

        @Override
        public void forEach(Entry<V> each) {
            new TreeMap<>(values).forEach((key, json) -> each.accept(key, get(key), json.length));
        }
    }

    /** Stream time: the newest arrival so far; each sample arrives a quarter of a second after its own time. */
    private Instant streamTime = Instant.MIN;

    private List<SystemEvent> apply(List<MetricSample> samples) {
        List<SystemEvent> decisions = new ArrayList<>();
        samples.forEach(sample -> decisions.addAll(outcome(sample).decisions()));
        return decisions;
    }

    private Outcome outcome(MetricSample sample) {
        streamTime = sample.receivedAt().isAfter(streamTime) ? sample.receivedAt() : streamTime;
        return evaluation.apply(sample, streamTime, state);
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

    /** The system's active users, one sample every 30 s from the {@code first} to the {@code last}. */
    private static List<MetricSample> activeUsersEvery30s(int first, int last) {
        return IntStream.rangeClosed(first, last).mapToObj(i -> users(T0.plusSeconds(30L * i), 100, Map.of()))
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
                    "{region=\"eu\"}", new SeriesPoint(at("0:00"), 600, at("0:00").plusMillis(250)),
                    "{region=\"us\"}", new SeriesPoint(at("0:10"), 500, at("0:10").plusMillis(250))));
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

        /** Before, a region more than 30 s behind the system's newest sample was late, so never counted. */
        @Test
        void countsARegionWhosePipelineRunsBehindTheOthers() {
            List<MetricSample> samples = IntStream.range(0, 12)
                    .mapToObj(i -> List.of(users(T0.plusSeconds(30L * i), 600, Map.of("region", "eu")),
                            // us sends its point of 45 s ago each time eu sends its newest
                            users(T0.plusSeconds(30L * i - 45), 600, Map.of("region", "us"))))
                    .flatMap(List::stream)
                    .toList();

            List<Outcome> outcomes = samples.stream().map(EvaluationTests.this::outcome).toList();

            assertThat(standings.get(SYSTEM).phase().activeUsers()).isEqualTo(1200);
            assertThat(outcomes).flatExtracting(Outcome::decisions).filteredOn(PhaseChanged.class::isInstance)
                    .extracting(decision -> render((SystemEvent) decision)).containsExactly("1->2 at 5:00");
            assertThat(outcomes).noneMatch(Outcome::late);
        }

        /** The system's newest sample is eu's at 4:30. */
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "older than its series' newest point        | eu | 240 | true",
                "a second sample at its series' newest point | eu | 270 | true",
                "a new series four minutes behind            | ap | 30  | false",
                "a new series, however far behind              | ap | -3600 | false",
        })
        void judgesLatenessPerSeries(String description, String region, long seconds, boolean late) {
            apply(regions("eu 600 at 0:00; eu 650 at 4:30"));
            Standing before = standings.get(SYSTEM);

            Outcome outcome = outcome(users(T0.plusSeconds(seconds), 300, Map.of("region", region)));

            assertThat(outcome.late()).isEqualTo(late);
            assertThat(outcome.decisions()).isEmpty();
            assertThat(standings.get(SYSTEM).equals(before)).isEqualTo(late);
        }

        @Test
        void keepsTheTotalAtTheSystemsNewestInstantWhenABehindSeriesMovesIt() {
            apply(regions("eu 600 at 0:00; eu 650 at 4:30; us 500 at 4:00"));

            PhaseState phase = standings.get(SYSTEM).phase();
            assertThat(phase.latest()).isEqualTo(at("4:30"));
            assertThat(phase.activeUsers()).isEqualTo(1150);
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

        @Test
        void resolvesAFiringAlertWhoseSeriesHasGoneSayingSo() {
            rules.set(new RuleSet("test", List.of(highErrorRate(Duration.ZERO))));
            apply(errorRatio("0:00", 0.1));
            apply(activeUsersEvery30s(1, 11)); // the system goes on without checkout's series

            Sweep sweep = evaluation.sweep(streamTime, state);

            assertThat(sweep.decisions()).singleElement().isInstanceOfSatisfying(AlertResolved.class, resolved -> {
                assertThat(resolved.endsAt()).isEqualTo(at("5:00")).isEqualTo(resolved.occurredAt());
                assertThat(resolved.reason()).isEqualTo("series gone: no sample for 5m after " + T0);
                assertThat(resolved.value()).isEqualTo(0.1);
            });
            assertThat(alerts.get(CHECKOUT_KEY)).isNull();
        }

        @Test
        void keepsTheAlertOfASeriesThatHasNotGoneYet() {
            rules.set(new RuleSet("test", List.of(highErrorRate(Duration.ZERO))));
            apply(errorRatio("0:00", 0.1));
            apply(activeUsersEvery30s(1, 9)); // the system's newest sample is at 4:30

            assertThat(evaluation.sweep(streamTime, state).decisions()).isEmpty();
            assertThat(alerts.get(CHECKOUT_KEY).status()).isEqualTo(RuleState.Status.FIRING);
        }

        @Test
        void resolvesTheAlertsOfASystemThatFellSilentOnceStreamTimeHasRunOnForTheStalenessPeriod() {
            rules.set(new RuleSet("test", List.of(highErrorRate(Duration.ZERO))));
            apply(errorRatio("0:00", 0.1));
            Instant silentSince = streamTime;

            assertThat(evaluation.sweep(silentSince.plus(Duration.ofMinutes(4)), state).decisions()).isEmpty();
            assertThat(evaluation.sweep(silentSince.plus(Duration.ofMinutes(5)), state).decisions())
                    .extracting(EvaluationTests::render).containsExactly("resolved HighErrorRate at 5:00");
        }

        @Test
        void endsAGoneSeriesAlikeWhetherASweepOrItsNextSampleFindsIt() {
            rules.set(new RuleSet("test", List.of(highErrorRate(Duration.ZERO))));
            List<MetricSample> samples = new ArrayList<>(List.of(errorRatio("0:00", 0.1)));
            samples.addAll(activeUsersEvery30s(1, 12));
            List<SystemEvent> unswept = apply(samples);
            unswept.addAll(apply(errorRatio("6:00", 0.1)));

            EvaluationTests swept = new EvaluationTests();
            swept.rules.set(rules.get());
            List<SystemEvent> withSweep = swept.apply(samples);
            withSweep.addAll(swept.evaluation.sweep(swept.streamTime, swept.state).decisions());
            withSweep.addAll(swept.apply(errorRatio("6:00", 0.1)));

            assertThat(unswept).filteredOn(decision -> !(decision instanceof PhaseForecast))
                    .extracting(EvaluationTests::render).containsExactly("firing HighErrorRate at 0:00",
                    "resolved HighErrorRate at 5:00", "firing HighErrorRate at 6:00");
            assertThat(withSweep).isEqualTo(unswept);
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
    class Bounds {

        private final Limits small = new Limits(Limits.DEFAULTS.staleness(), Duration.ofDays(30), 2, 2, 3);
        private final Evaluation bounded = new Evaluation(PhasePlan.defaults(), Duration.ofHours(1), small, rules::get);

        @Test
        void countsAtMostTheMostSeriesOfASystemAndSaysSo() {
            List<Outcome> outcomes = regions("eu 600 at 0:00; us 500 at 0:00; ap 400 at 0:00").stream()
                    .map(sample -> bounded.apply(sample, sample.receivedAt(), state)).toList();

            assertThat(standings.get(SYSTEM).series()).hasSize(2);
            assertThat(standings.get(SYSTEM).phase().activeUsers()).isEqualTo(1100);
            assertThat(outcomes).extracting(Outcome::bounds)
                    .containsExactly(List.of(), List.of(), List.of(Limits.MAX_SERIES));
        }

        @Test
        void keepsRuleStatesForAtMostTheMostSeriesOfASystemAndSaysSo() {
            AlertRule anyPod = new AlertRule("HighErrorRate", "http_error_ratio", Map.of(), Aggregation.AVG,
                    Duration.ofSeconds(30), Comparison.GREATER, 0.05, Duration.ZERO, Duration.ZERO, "critical",
                    Map.of(), Map.of());
            rules.set(new RuleSet("test", List.of(anyPod)));
            List<Outcome> outcomes = List.of("a", "b", "c").stream()
                    .map(pod -> sample("http_error_ratio", T0, 0.1, Map.of("pod", pod)))
                    .map(sample -> bounded.apply(sample, sample.receivedAt(), state)).toList();

            assertThat(outcomes).extracting(outcome -> outcome.decisions().size()).containsExactly(1, 1, 0);
            assertThat(outcomes.get(2).bounds()).containsExactly(Limits.MAX_ALERT_SERIES);
            assertThat(state.systems().get(SYSTEM).alertSeries()).isEqualTo(2);
        }

        @Test
        void keepsAtMostTheMostPointsOfASeriesWindowAndSaysSo() {
            rules.set(new RuleSet("test", List.of(highErrorRate(Duration.ZERO))));
            List<Outcome> outcomes = IntStream.range(0, 4)
                    .mapToObj(i -> sample("http_error_ratio", T0.plusSeconds(i), 0.01, CHECKOUT))
                    .map(sample -> bounded.apply(sample, sample.receivedAt(), state)).toList();

            assertThat(alerts.get(CHECKOUT_KEY).window()).hasSize(3);
            assertThat(outcomes.get(3).bounds()).containsExactly(Limits.MAX_WINDOW_POINTS);
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
            EvaluationState json = new EvaluationState(new JsonMapState<>(Standing.class),
                    new JsonMapState<>(RuleState.class), new JsonMapState<>(SystemActivity.class));
            List<SystemEvent> inJson = samples.stream()
                    .flatMap(sample -> evaluation.apply(sample, sample.receivedAt(), json).decisions().stream()).toList();

            assertThat(inMaps).hasSize(6);
            assertThat(inJson).isEqualTo(inMaps);
        }

        @Test
        void forgetsASystemSilentForTheRetentionAndStartsItAfreshWhenItReturns() {
            apply(GROWTH);
            assertThat(standings.get(SYSTEM).phase().phase()).isEqualTo(2);
            Instant month = streamTime.plus(Duration.ofDays(30));

            evaluation.sweep(month, state);

            assertThat(standings.get(SYSTEM)).isNull();
            assertThat(state.systems().get(SYSTEM)).isNull();
        }

        @Test
        void startsASystemSilentForTheRetentionAfreshEvenBeforeASweep() {
            apply(GROWTH);
            MetricSample back = users(streamTime.plus(Duration.ofDays(31)), 2_000, Map.of());

            outcome(back);

            assertThat(standings.get(SYSTEM).phase().phase()).isEqualTo(1);
            assertThat(standings.get(SYSTEM).phase().since()).isEqualTo(back.occurredAt());
        }

        @Test
        void reportsTheKeysAndBytesEachStoreHoldsAfterASweep() {
            rules.set(new RuleSet("test", List.of(highErrorRate(Duration.ZERO))));
            EvaluationState json = new EvaluationState(new JsonMapState<>(Standing.class),
                    new JsonMapState<>(RuleState.class), new JsonMapState<>(SystemActivity.class));
            evaluation.apply(users(T0, 100, Map.of()), T0, json);
            evaluation.apply(errorRatio("0:00", 0.1), T0, json);

            Sweep sweep = evaluation.sweep(T0, json);

            assertThat(sweep.sizes()).containsOnlyKeys("standings", "alerts", "systems");
            assertThat(sweep.sizes().values()).allSatisfy(size -> {
                assertThat(size.keys()).isEqualTo(1);
                assertThat(size.bytes()).isPositive();
            });
        }

        private static <T> T roundTrip(T value, Class<T> type) {
            return EventJson.mapper().readValue(EventJson.mapper().writeValueAsBytes(value), type);
        }
    }
}
