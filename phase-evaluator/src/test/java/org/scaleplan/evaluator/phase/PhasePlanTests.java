package org.scaleplan.evaluator.phase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PhasePlanTests {

    private final PhasePlan plan = PhasePlan.defaults();

    @Nested
    class Classification {

        @ParameterizedTest(name = "{0} users -> phase {1}")
        @CsvSource({
                "0,         1", // nobody yet
                "999,       1", // one under the first boundary
                "999.9,     1", // a fraction under still counts as under
                "1000,      2", // a lower bound belongs to the phase above it
                "1001,      2",
                "4999,      2",
                "5000,      3",
                "19999,     3",
                "20000,     4",
                "1000000,   4", // there is no phase above Enterprise
        })
        void classifiesByHighestLowerBoundReached(double users, int phase) {
            assertThat(plan.classify(users)).isEqualTo(phase);
        }
    }

    @Nested
    class Candidate {

        @ParameterizedTest(name = "in phase {0} at {1} users -> drawn to {2}")
        @CsvSource({
                "1, 999,    1", // under the first boundary: stays
                "1, 1000,   2", // up as soon as a higher bound is reached, no band upward
                "1, 25000,  4", // up across several boundaries at once
                "3, 4600,   3", // under 5,000 but inside the 10% band: stays
                "3, 4501,   3", // just inside the band
                "3, 4400,   2", // under the band: drawn to the highest lower phase whose band holds the users
                "3, 900,    2", // inside phase 2's band (900 to 1,000): down to 2, not 1
                "3, 899,    1", // under phase 2's band too: straight to phase 1
                "4, 4800,   3", // inside phase 3's band: down to 3, not to 2 and back up at 5,000
                "4, 4400,   2", // under phase 3's band
                "2, 950,    2", // inside the band under 1,000
                "2, 899,    1", // under the band under 1,000
                "4, 18500,  4", // inside the band under 20,000
                "4, 17999,  3", // under the band under 20,000
        })
        void movesUpAtBoundaryButDownOnlyUnderToleranceBandAndNoFurtherThanTheBandsAllow(int phase, double users,
                int candidate) {
            assertThat(plan.candidate(phase, users)).isEqualTo(candidate);
        }
    }

    @Nested
    class Actions {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
                "1, 2, 4,  Growth: load balancing,       Growth: advanced security", // one phase up
                "1, 4, 12, Growth: load balancing,       Enterprise: enterprise security", // a jump lists 2, 3, 4
                "2, 3, 4,  Expansion: multi-region deployment, Expansion: comprehensive security",
                "4, 3, 4,  Expansion: multi-region deployment, Expansion: comprehensive security", // down: new phase
                "3, 1, 4,  Initial: single server,       Initial: standard security", // down two: only the arrival
        })
        void listsActionsOfEveryPhaseEnteredPrefixedWithItsName(int from, int to, int count, String first,
                String last) {
            List<String> actions = plan.actions(from, to);

            assertThat(actions).hasSize(count).startsWith(first).endsWith(last);
        }
    }

    @Nested
    class Validation {

        static Stream<Arguments> invalidPlans() {
            PhasePlan d = PhasePlan.defaults();
            return Stream.of(
                    // equal thresholds
                    arguments("thresholds", plan(List.of(1000L, 1000L, 20000L), d.stabilizationWindow(), 0.1)),
                    // decreasing thresholds
                    arguments("thresholds", plan(List.of(5000L, 1000L, 20000L), d.stabilizationWindow(), 0.1)),
                    // a zero lower bound
                    arguments("thresholds", plan(List.of(0L, 5000L, 20000L), d.stabilizationWindow(), 0.1)),
                    // too few thresholds
                    arguments("thresholds", plan(List.of(1000L, 5000L), d.stabilizationWindow(), 0.1)),
                    // no window
                    arguments("stabilizationWindow", plan(d.thresholds(), Duration.ZERO, 0.1)),
                    // negative window
                    arguments("stabilizationWindow", plan(d.thresholds(), Duration.ofMinutes(-5), 0.1)),
                    // a band of 100% could never be left downward
                    arguments("tolerance", plan(d.thresholds(), d.stabilizationWindow(), 1.0)),
                    // negative band
                    arguments("tolerance", plan(d.thresholds(), d.stabilizationWindow(), -0.1)),
                    // three phases
                    arguments("phases", (Supplier<PhasePlan>) () -> new PhasePlan(d.thresholds(),
                            d.stabilizationWindow(), 0.1, d.phases().subList(0, 3))));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("invalidPlans")
        void refusesInvalidPlanNamingTheField(String field, Supplier<PhasePlan> plan) {
            assertThatIllegalArgumentException().isThrownBy(plan::get).withMessageStartingWith(field + " ");
        }

        private static Supplier<PhasePlan> plan(List<Long> thresholds, Duration window, double tolerance) {
            return () -> new PhasePlan(thresholds, window, tolerance, PhasePlan.defaults().phases());
        }
    }
}
