package org.scaleplan.evaluator.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.scaleplan.evaluator.rules.Fixtures.SYSTEM;
import static org.scaleplan.evaluator.rules.Fixtures.at;
import static org.scaleplan.evaluator.rules.Fixtures.events;
import static org.scaleplan.evaluator.rules.Fixtures.expected;
import static org.scaleplan.evaluator.rules.Fixtures.rule;
import static org.scaleplan.evaluator.rules.Fixtures.run;
import static org.scaleplan.evaluator.rules.Fixtures.sample;
import static org.scaleplan.evaluator.rules.Fixtures.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scaleplan.contracts.EventIds;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.contracts.ScaleplanEvent;
import org.scaleplan.contracts.alert.AlertFiring;
import org.scaleplan.contracts.alert.AlertResolved;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.evaluator.rules.RuleState.Status;

class RuleEvaluatorTests {

    private static final String FINGERPRINT = "shop/HighErrorRate{service=\"checkout\",team=\"shop\"}";

    @Nested
    class Lifecycle {

        @ParameterizedTest(name = "{0}, keep_firing_for {1} -> [{2}]")
        @CsvSource(delimiter = '|', nullValues = "none", value = {
                // above the threshold from 0:00: pending, then firing once it has held for 2m, and only once
                "0.1 for 10m                                         | 0s | firing at 2:00",
                // one sample short of the 2m: never fires
                "0.1 for 2m; 0 for 5m                                | 0s | none",
                // drops at 3:00: resolved at once without keep_firing_for
                "0.1 for 3m; 0 for 2m                                | 0s | firing at 2:00, resolved at 3:00",
                // keep_firing_for 1m: resolved a minute after the first sample below the threshold
                "0.1 for 3m; 0 for 2m                                | 1m | firing at 2:00, resolved at 4:00",
                // a dip shorter than keep_firing_for, then below again from 4:00: resolved at 5:00
                "0.1 for 3m; 0 for 30s; 0.1 for 30s; 0 for 3m        | 1m | firing at 2:00, resolved at 5:00",
                // flapping inside the 2m: every dip restarts the wait, so it never fires
                "0.1 for 90s; 0 for 30s; 0.1 for 90s; 0 for 30s; 0.1 for 90s; 0 for 30s | 0s | none",
                // fires again after resolving, as a new alert
                "0.1 for 3m; 0 for 1m; 0.1 for 3m                    | 0s | firing at 2:00, resolved at 3:00, firing at 6:00",
                // never above the threshold
                "0.05 for 10m                                        | 0s | none",
        })
        void firesAfterForAndResolvesAfterKeepFiringFor(String scenario, String keepFiringFor, String expected) {
            RuleEvaluator evaluator = new RuleEvaluator(rule(Duration.parse("PT" + keepFiringFor)));

            assertThat(events(run(evaluator, scenario(scenario)))).extracting(Fixtures::render)
                    .containsExactlyElementsOf(expected(expected));
        }

        @Test
        void firesOnTheFirstSampleAboveTheThresholdWithoutFor() {
            RuleEvaluator evaluator = new RuleEvaluator(rule(Aggregation.AVG, Duration.ofSeconds(30), Duration.ZERO,
                    Duration.ZERO));

            assertThat(events(run(evaluator, scenario("0 for 1m; 0.1 for 1m")))).extracting(Fixtures::render)
                    .containsExactly("firing at 1:00");
        }

        @Test
        void isPendingSinceTheConditionFirstHeldThenFiring() {
            List<RuleEvaluator.Step> steps = run(new RuleEvaluator(rule(Duration.ZERO)), scenario("0 for 1m; 0.1 for 3m"));

            assertThat(steps).extracting(step -> step.state().status()).containsExactly(Status.INACTIVE,
                    Status.INACTIVE, Status.PENDING, Status.PENDING, Status.PENDING, Status.PENDING, Status.FIRING,
                    Status.FIRING);
            assertThat(steps.get(6).state().since()).isEqualTo(at("1:00"));
        }

        @Test
        void comparesTheAggregateOverTheWindowNotTheLatestSample() {
            RuleEvaluator evaluator = new RuleEvaluator(rule(Aggregation.AVG, Duration.ofMinutes(1), Duration.ZERO,
                    Duration.ZERO));
            // window (t-1m, t]: at 0:30 avg(0, 0.08) = 0.04 holds not; at 1:00 avg(0.08, 0.08) does
            List<MetricSample> samples = List.of(sample("0:00", 0), sample("0:30", 0.08), sample("1:00", 0.08));

            List<ScaleplanEvent> events = events(run(evaluator, samples));

            assertThat(events).extracting(Fixtures::render).containsExactly("firing at 1:00");
            assertThat(((AlertFiring) events.get(0)).value()).isEqualTo(0.08);
        }
    }

    @Nested
    class Events {

        private final List<MetricSample> samples = scenario("0.1 for 3m; 0.02 for 1m");
        private final List<ScaleplanEvent> events = events(run(new RuleEvaluator(rule(Duration.ZERO)), samples));

        @Test
        void firingCarriesFingerprintLabelsValueThresholdStartAndRenderedAnnotations() {
            AlertFiring firing = (AlertFiring) events.get(0);

            assertThat(firing.fingerprint()).isEqualTo(FINGERPRINT);
            assertThat(firing.system()).isEqualTo(SYSTEM);
            assertThat(firing.alertname()).isEqualTo("HighErrorRate");
            assertThat(firing.severity()).isEqualTo("critical");
            assertThat(firing.labels()).isEqualTo(Map.of("service", "checkout", "team", "shop"));
            assertThat(firing.value()).isEqualTo(0.1);
            assertThat(firing.threshold()).isEqualTo(0.05);
            assertThat(firing.startsAt()).isEqualTo(at("0:00"));
            assertThat(firing.occurredAt()).isEqualTo(at("2:00"));
            assertThat(firing.annotations()).isEqualTo(Map.of("summary", "error ratio 0.1 above 0.05 on shop",
                    "owner", "shop / checkout"));
        }

        @Test
        void firingIsIdentifiedByFingerprintAndStartAndCitesTheDecidingSample() {
            AlertFiring firing = (AlertFiring) events.get(0);

            assertThat(firing.eventId()).isEqualTo(EventIds.of("alert-firing", FINGERPRINT, at("0:00")));
            assertThat(firing.causedBy()).containsExactly(samples.get(4).eventId());
        }

        @Test
        void resolvedCarriesStartEndAndCitesTheFiringAndTheDecidingSample() {
            AlertResolved resolved = (AlertResolved) events.get(1);

            assertThat(resolved.fingerprint()).isEqualTo(FINGERPRINT);
            assertThat(resolved.value()).isEqualTo(0.02);
            assertThat(resolved.startsAt()).isEqualTo(at("0:00"));
            assertThat(resolved.endsAt()).isEqualTo(at("3:00"));
            assertThat(resolved.eventId())
                    .isEqualTo(EventIds.of("alert-resolved", FINGERPRINT, at("0:00"), at("3:00")));
            assertThat(resolved.causedBy()).containsExactly(events.get(0).eventId(), samples.get(6).eventId());
        }

        @Test
        void givesTheSameEventIdsOnASecondRun() {
            List<ScaleplanEvent> replay = events(run(new RuleEvaluator(rule(Duration.ZERO)), samples));

            assertThat(replay).extracting(ScaleplanEvent::eventId)
                    .containsExactlyElementsOf(events.stream().map(ScaleplanEvent::eventId).toList());
        }
    }

    @Nested
    class State {

        @Test
        void survivesAJsonRoundTripMidStreamWithTheSameDecisions() {
            RuleEvaluator evaluator = new RuleEvaluator(rule(Duration.ofMinutes(1)));
            List<MetricSample> samples = scenario("0.1 for 3m; 0 for 2m");
            List<RuleEvaluator.Step> steps = run(evaluator, samples.subList(0, 7));
            RuleState stored = steps.get(6).state();

            RuleState restored = EventJson.mapper().readValue(EventJson.mapper().writeValueAsBytes(stored),
                    RuleState.class);
            RuleEvaluator.Step resumed = evaluator.step(restored, samples.get(7));

            assertThat(restored).isEqualTo(stored);
            assertThat(resumed).isEqualTo(evaluator.step(stored, samples.get(7)));
        }

        @Test
        void ignoresALateSample() {
            RuleEvaluator evaluator = new RuleEvaluator(rule(Duration.ZERO));
            RuleState state = evaluator.step(null, sample("1:00", 0.1)).state();

            RuleEvaluator.Step late = evaluator.step(state, sample("0:30", 0.0));

            assertThat(late.late()).isTrue();
            assertThat(late.state()).isEqualTo(state);
            assertThat(late.event()).isEmpty();
        }

        @Test
        void ignoresADuplicateOfTheNewestPointSoItCannotSkewTheWindow() {
            // A sum over the window: 0.04 twice would read 0.08, above the threshold of 0.05.
            RuleEvaluator evaluator = new RuleEvaluator(rule(Aggregation.SUM, Duration.ofMinutes(5), Duration.ZERO,
                    Duration.ZERO));
            RuleState state = evaluator.step(null, sample("0:00", 0.04)).state();

            RuleEvaluator.Step duplicate = evaluator.step(state, sample("0:00", 0.04));

            assertThat(duplicate.late()).isTrue();
            assertThat(duplicate.state()).isEqualTo(state);
            assertThat(duplicate.event()).isEmpty();
        }

        @Test
        void rejectsASampleOfAnotherSeries() {
            RuleEvaluator evaluator = new RuleEvaluator(rule(Duration.ZERO));
            RuleState state = evaluator.step(null, sample("0:00", 0.1)).state();
            MetricSample cart = new MetricSample(EventIds.of("test-sample", "cart"), at("0:30"), SYSTEM,
                    "http_error_ratio", Map.of("service", "checkout", "pod", "b"), 0.1, at("0:30"));

            assertThatIllegalArgumentException().isThrownBy(() -> evaluator.step(state, cart));
        }

        @Test
        void matchesOnlySamplesOfItsMetricWithEveryMatcherLabel() {
            AlertRule rule = rule(Duration.ZERO);

            assertThat(rule.matches(sample("0:00", 0.1))).isTrue();
            assertThat(rule.matches(new MetricSample(EventIds.of("s", 1), at("0:00"), SYSTEM, "http_error_ratio",
                    Map.of("service", "cart"), 0.1, at("0:00")))).isFalse();
            assertThat(rule.matches(new MetricSample(EventIds.of("s", 2), at("0:00"), SYSTEM, "cpu_utilization",
                    Map.of("service", "checkout"), 0.1, at("0:00")))).isFalse();
        }
    }
}
