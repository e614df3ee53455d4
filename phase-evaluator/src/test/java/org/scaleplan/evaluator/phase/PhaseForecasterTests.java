package org.scaleplan.evaluator.phase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.scaleplan.evaluator.phase.Fixtures.SYSTEM;
import static org.scaleplan.evaluator.phase.Fixtures.T0;
import static org.scaleplan.evaluator.phase.Fixtures.at;
import static org.scaleplan.evaluator.phase.Fixtures.sample;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.scaleplan.contracts.EventIds;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.contracts.phase.PhaseForecast;

class PhaseForecasterTests {

    /** One trend point per minute. */
    private static final Duration WINDOW = Duration.ofHours(1);

    private final PhaseForecaster forecaster = new PhaseForecaster(PhasePlan.defaults(), WINDOW);

    /** Feeds samples in order, keeping the trend and the last forecast published, as the evaluator does. */
    private final class Feed {

        private Trend trend = Trend.empty();
        private PhaseForecast published;
        private final List<PhaseForecast> forecasts = new ArrayList<>();

        /** {@code "0:00 700; 1:00 800; 5:00 1300 p2"}: time, users and, unless 1, the phase the system is in. */
        Feed samples(String samples) {
            for (String sample : samples.split(";")) {
                String[] parts = sample.trim().split(" ");
                int phase = parts.length > 2 ? Integer.parseInt(parts[2].substring(1)) : 1;
                observe(parts[0], phase, Long.parseLong(parts[1]));
            }
            return this;
        }

        Optional<PhaseForecast> observe(String time, int phase, long users) {
            MetricSample sample = sample(time, users);
            PhaseForecaster.Step step = forecaster.step(trend, published, state(phase, users, sample.occurredAt()),
                    sample);
            trend = step.trend();
            step.forecast().ifPresent(forecasts::add);
            step.forecast().ifPresent(f -> published = f);
            return step.forecast();
        }
    }

    private static PhaseState state(int phase, long users, Instant at) {
        return new PhaseState(SYSTEM, phase, T0, users, at, Map.of(), Map.of());
    }

    /** A forecast as "2:00 phase 2 at 3:00", "2:00 phase 2 not in sight" or "2:00 no higher phase". */
    private static String render(PhaseForecast f) {
        String when = time(f.occurredAt()) + " ";
        if (f.nextPhase() == null) {
            return when + "no higher phase";
        }
        return when + "phase " + f.nextPhase() + (f.expectedAt() == null ? " not in sight" : " at " + time(f.expectedAt()));
    }

    private static String time(Instant at) {
        long seconds = Duration.between(T0, at).toSeconds();
        return "%d:%02d".formatted(seconds / 60, seconds % 60);
    }

    private static List<String> expected(String forecasts) {
        return forecasts == null ? List.of() : Arrays.stream(forecasts.split(",")).map(String::trim).toList();
    }

    @Nested
    class Forecast {

        /** +100 users a minute from 700: 1,000 is reached at 3:00. */
        private final Feed steady = new Feed().samples("0:00 700; 1:00 800; 2:00 900");

        @Test
        void expectsTheCrossingWhereTheLineThroughTheTrendMeetsTheThreshold() {
            PhaseForecast forecast = steady.published;

            assertThat(forecast.expectedAt()).isEqualTo(at("3:00"));
            assertThat(forecast.growthPerDay()).isCloseTo(144_000, within(1e-6));
            assertThat(forecast.phase()).isEqualTo(1);
            assertThat(forecast.nextPhase()).isEqualTo(2);
            assertThat(forecast.nextThreshold()).isEqualTo(1_000L);
            assertThat(forecast.activeUsers()).isEqualTo(900);
            assertThat(forecast.occurredAt()).isEqualTo(at("2:00"));
            assertThat(forecast.causedBy()).containsExactly(sample("2:00", 900).eventId());
        }

        @Test
        void needsThreePointsOfTrend() {
            Feed feed = new Feed();

            assertThat(feed.observe("0:00", 1, 700)).isEmpty();
            assertThat(feed.observe("1:00", 1, 800)).isEmpty();
            assertThat(feed.observe("2:00", 1, 900)).isPresent();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                // flat
                "0:00 700; 1:00 700; 2:00 700 | 0",
                // shrinking by 100 a minute
                "0:00 900; 1:00 800; 2:00 700 | -144000",
        })
        void seesNoCrossingWithoutGrowth(String samples, double growthPerDay) {
            PhaseForecast forecast = new Feed().samples(samples).published;

            assertThat(forecast.nextPhase()).isEqualTo(2);
            assertThat(forecast.nextThreshold()).isEqualTo(1_000L);
            assertThat(forecast.expectedAt()).isNull();
            assertThat(forecast.growthPerDay()).isCloseTo(growthPerDay, within(1e-6));
        }

        @Test
        void seesNoCrossingFurtherThanTheHorizon() {
            // one user more every 10 days: the 500 missing users are 5,000 days away, beyond the 10 year horizon
            PhaseForecaster slow = new PhaseForecaster(PhasePlan.defaults(), Duration.ofDays(600));
            Trend trend = new Trend(List.of(new Trend.Point(T0, 498), new Trend.Point(T0.plus(Duration.ofDays(10)), 499)));
            Instant now = T0.plus(Duration.ofDays(20));

            PhaseForecast forecast = slow.step(trend, null, state(1, 500, now), sample(now, 500)).forecast().get();

            assertThat(forecast.nextPhase()).isEqualTo(2);
            assertThat(forecast.expectedAt()).isNull();
        }

        @Test
        void hasNoNextPhaseInTheTopPhase() {
            PhaseForecast forecast = new Feed().samples("0:00 25000 p4; 1:00 26000 p4; 2:00 27000 p4").published;

            assertThat(forecast.phase()).isEqualTo(4);
            assertThat(forecast.nextPhase()).isNull();
            assertThat(forecast.nextThreshold()).isNull();
            assertThat(forecast.expectedAt()).isNull();
            assertThat(forecast.growthPerDay()).isCloseTo(1_440_000, within(1e-6));
        }

        @Test
        void expectsTheCrossingNowWhileUsersArePastTheThreshold() {
            PhaseForecast forecast = new Feed().samples("0:00 1050; 1:00 1100; 2:00 1150").published;

            assertThat(forecast.expectedAt()).isEqualTo(at("2:00"));
        }

        @Test
        void identifiesAForecastByItsDecidingSampleSoAReplayGivesTheSameIds() {
            String samples = "0:00 700; 1:00 800; 2:00 900; 3:00 1000; 4:00 1000; 5:00 1000; 6:00 1400 p2";
            List<PhaseForecast> live = new Feed().samples(samples).forecasts;
            List<PhaseForecast> replay = new Feed().samples(samples).forecasts;

            assertThat(live.get(0).eventId())
                    .isEqualTo(EventIds.of("phase-forecast", SYSTEM, live.get(0).causedBy().get(0)));
            assertThat(replay).hasSize(3).extracting(PhaseForecast::eventId)
                    .containsExactlyElementsOf(live.stream().map(PhaseForecast::eventId).toList());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"PT0S", "-PT1M"})
        void rejectsAWindowThatIsNotPositive(String window) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new PhaseForecaster(PhasePlan.defaults(), Duration.parse(window)));
        }
    }

    @Nested
    class Publishing {

        @ParameterizedTest(name = "{0} -> [{1}]")
        @CsvSource(delimiter = '|', nullValues = "none", value = {
                // too few points for a forecast
                "0:00 700; 1:00 800                                     | none",
                // steady growth: published once; at 2:30 (not a trend point) the crossing is still 3:00
                "0:00 700; 1:00 800; 2:00 900; 2:30 950                 | 2:00 phase 2 at 3:00",
                // flat, then still flat: not in sight, published once
                "0:00 700; 1:00 700; 2:00 700; 3:00 700                 | 2:00 phase 2 not in sight",
                // comes into sight at 3:00
                "0:00 700; 1:00 700; 2:00 700; 3:00 900                 | 2:00 phase 2 not in sight, 3:00 phase 2 at 4:40",
                // slows down (crossing moves from 3:00 to 8:00), then goes out of sight, and stays there
                "0:00 700; 1:00 800; 2:00 900; 3:00 800; 4:00 700; 5:00 600 | 2:00 phase 2 at 3:00, 3:00 phase 2 at 8:00, 4:00 phase 2 not in sight",
                // past 1,000 while the change waits out its window: now, once; republished when the phase changes
                "0:00 1050; 1:00 1100; 2:00 1150; 3:00 1200; 4:00 1250; 5:00 1300 p2 | 2:00 phase 2 at 2:00, 5:00 phase 3 at 79:00",
                // reaches 1,000 at 3:00: the crossing is now, which is published
                "0:00 700; 1:00 800; 2:00 900; 3:00 1000; 4:00 1100     | 2:00 phase 2 at 3:00, 3:00 phase 2 at 3:00",
                // in the top phase: published once
                "0:00 25000 p4; 1:00 26000 p4; 2:00 27000 p4; 3:00 20500 p4 | 2:00 no higher phase",
        })
        void publishesOnlyMaterialChanges(String samples, String forecasts) {
            assertThat(new Feed().samples(samples).forecasts).extracting(PhaseForecasterTests::render)
                    .containsExactlyElementsOf(expected(forecasts));
        }

        /** Published at 1:00 expecting the crossing at {@code expectedAt}; the trend now says 3:00. */
        @ParameterizedTest(name = "published expecting {0} -> republished {1}")
        @CsvSource({
                "3:00, false", // unchanged
                "3:13, false", // 13 s of the 2:13 that was left: 9.8%
                "3:14, true",  // 14 s of 2:14: 10.4%
                "2:50, false", // 10 s of 1:50: 9.1%
                "2:49, true",  // 11 s of 1:49: 10.1%
        })
        void republishesWhenTheCrossingMovesByMoreThanATenthOfTheTimeLeft(String expectedAt, boolean republished) {
            Trend trend = new Trend(List.of(new Trend.Point(at("0:00"), 700), new Trend.Point(at("1:00"), 800)));
            PhaseForecast published = new PhaseForecast(UUID.fromString("00000000-0000-0000-0000-000000000001"),
                    at("1:00"), SYSTEM, 1, 800, 144_000, 2, 1_000L, at(expectedAt), List.of());

            Optional<PhaseForecast> forecast = forecaster.step(trend, published, state(1, 900, at("2:00")),
                    sample("2:00", 900)).forecast();

            assertThat(forecast.isPresent()).isEqualTo(republished);
        }
    }

    @Nested
    class Thinning {

        @ParameterizedTest(name = "{0} -> [{1}]")
        @CsvSource(delimiter = '|', value = {
                // 0:59 is closer than a minute (window / 60) to 0:00
                "0:00 700; 0:59 710; 1:00 720                  | 0:00, 1:00",
                // measured from the newest point kept, not from the newest sample
                "0:00 700; 0:30 710; 1:29 720; 1:30 730        | 0:00, 1:29",
                // 0:00 is exactly one window before 60:00: kept
                "0:00 700; 30:00 710; 60:00 720                | 0:00, 30:00, 60:00",
                // 0:00 is more than one window before 60:01: dropped
                "0:00 700; 30:00 710; 60:01 720                | 30:00, 60:01",
        })
        void keepsAtMostOnePointPerMinuteAndNoneOlderThanTheWindow(String samples, String points) {
            Trend trend = new Feed().samples(samples).trend;

            assertThat(trend.points()).extracting(p -> time(p.at())).containsExactlyElementsOf(expected(points));
        }
    }
}
