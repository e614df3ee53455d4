package org.scaleplan.evaluator.phase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.scaleplan.evaluator.phase.Fixtures.T0;
import static org.scaleplan.evaluator.phase.Fixtures.at;
import static org.scaleplan.evaluator.phase.Fixtures.changes;
import static org.scaleplan.evaluator.phase.Fixtures.expected;
import static org.scaleplan.evaluator.phase.Fixtures.last;
import static org.scaleplan.evaluator.phase.Fixtures.run;
import static org.scaleplan.evaluator.phase.Fixtures.sample;
import static org.scaleplan.evaluator.phase.Fixtures.scenario;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scaleplan.contracts.EventIds;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.contracts.phase.Direction;
import org.scaleplan.contracts.phase.PhaseChanged;

class PhaseMachineTests {

    private final PhasePlan plan = PhasePlan.defaults();

    /** 500 users growing by 210 every 30 s for an hour: 1,000 at 1:30, 5,000 at 11:00, 20,000 at 46:30. */
    private static final List<MetricSample> GROWTH = IntStream.range(0, 120)
            .mapToObj(i -> sample(T0.plusSeconds(30L * i), 500 + 210 * i))
            .toList();

    @Nested
    class Growth {

        @Test
        void changesOnceAtEachLevelExactlyOneWindowAfterItWasReached() {
            List<PhaseChanged> changes = changes(run(new PhaseMachine(plan), GROWTH));

            assertThat(changes).extracting(Fixtures::render)
                    .containsExactly("1->2 at 6:30", "2->3 at 16:00", "3->4 at 51:30");
            assertThat(changes).extracting(PhaseChanged::activeUsers).containsExactly(3230L, 7220L, 22130L);
            assertThat(changes).extracting(PhaseChanged::phaseName).containsExactly("Growth", "Expansion", "Enterprise");
            assertThat(changes).extracting(PhaseChanged::direction).containsOnly(Direction.UP);
        }

        @Test
        void identifiesEachChangeByItsDecisionAndCitesTheDecidingSample() {
            PhaseChanged first = changes(run(new PhaseMachine(plan), GROWTH)).get(0);

            assertThat(first.eventId()).isEqualTo(EventIds.of("phase-changed", "shop", 1, 2, at("6:30")));
            assertThat(first.causedBy()).containsExactly(GROWTH.get(13).eventId());
            assertThat(first.actions()).containsExactly("Growth: load balancing", "Growth: database replication",
                    "Growth: enhanced monitoring", "Growth: advanced security");
        }

        @Test
        void givesTheSameEventIdsOnAFreshMachine() {
            List<PhaseChanged> live = changes(run(new PhaseMachine(plan), GROWTH));
            List<PhaseChanged> replay = changes(run(new PhaseMachine(PhasePlan.defaults()), GROWTH));

            assertThat(replay).extracting(PhaseChanged::eventId)
                    .containsExactlyElementsOf(live.stream().map(PhaseChanged::eventId).toList());
        }
    }

    @Nested
    class Scenarios {

        @ParameterizedTest(name = "{0} -> [{1}]")
        @CsvSource(delimiter = '|', nullValues = "none", value = {
                // hovering at 1,000 with ±2% noise for an hour: never held long enough, no flapping
                "1000~2% for 60m                            | none",
                // grows into 2, then hovers at the boundary: inside the band, never goes back down
                "1200 for 6m; 1000~2% for 60m               | 1->2 at 5:00",
                // just under 1,000 but inside the band for an hour
                "1200 for 6m; 901 for 60m                   | 1->2 at 5:00",
                // reached 3, then 4,600-4,990 for an hour: inside the band under 5,000
                "6000 for 6m; 4750~5% for 60m               | 1->3 at 5:00",
                // under the band from 6:00, held for the window: one move down at 11:00
                "1200 for 6m; 850 for 10m                   | 1->2 at 5:00, 2->1 at 11:00",
                // under the band for less than the window: no move down
                "1200 for 6m; 850 for 4m; 1200 for 10m      | 1->2 at 5:00",
                // a dip at 3:00 restarts the wait: 1,200 again from 3:30, so the change is at 8:30
                "1200 for 3m; 800 for 30s; 1200 for 10m     | 1->2 at 8:30",
                // 900 then 25,000 from 1:00: one jump 1 -> 4, not three changes
                "900 for 1m; 25000 for 10m                  | 1->4 at 6:00",
                // 1,200 from 1:00 and 25,000 from 1:30: each level settles one window after it was reached,
                // so 2 comes 30 s before 4 (per-level runs; a jump is one change only when the levels start together)
                "900 for 1m; 1200 for 30s; 25000 for 10m    | 1->2 at 6:00, 2->4 at 6:30",
                // a new system first seen at 25,000 starts in 1 and jumps to 4 after the window
                "25000 for 6m                               | 1->4 at 5:00",
                // 5,000 reached at 2:00 while still waiting for 2: 3 follows one window after 2:00, not after 5:00
                "1200 for 2m; 6000 for 10m                  | 1->2 at 5:00, 2->3 at 7:00",
                // from 4 straight down to 800: one move 4 -> 1
                "25000 for 6m; 800 for 6m                   | 1->4 at 5:00, 4->1 at 11:00",
                // from 4: 15,000 from 6:00, 4,800 from 9:00; 3 has held first, and in 3 4,800 is inside the band
                "25000 for 6m; 15000 for 3m; 4800 for 10m   | 1->4 at 5:00, 4->3 at 11:00",
        })
        void changesOnlyWhenTheNewLevelHeldForTheWindow(String segments, String changes) {
            List<PhaseChanged> actual = changes(run(new PhaseMachine(plan), scenario(segments)));

            assertThat(actual).extracting(Fixtures::render).containsExactlyElementsOf(expected(changes));
        }

        @Test
        void jumpListsTheActionsOfEverySkippedPhase() {
            PhaseChanged jump = changes(run(new PhaseMachine(plan), scenario("900 for 1m; 25000 for 10m"))).get(0);

            assertThat(jump.actions()).hasSize(12)
                    .startsWith("Growth: load balancing")
                    .contains("Expansion: database sharding")
                    .endsWith("Enterprise: enterprise security");
        }

        @Test
        void movingDownListsTheLowerPhasesActions() {
            PhaseChanged down = changes(run(new PhaseMachine(plan), scenario("1200 for 6m; 850 for 10m"))).get(1);

            assertThat(down.direction()).isEqualTo(Direction.DOWN);
            assertThat(down.phaseName()).isEqualTo("Initial");
            assertThat(down.actions()).containsExactly("Initial: single server", "Initial: basic monitoring",
                    "Initial: essential features", "Initial: standard security");
        }
    }

    @Nested
    class TimeOrder {

        @Test
        void refusesATotalOlderThanTheLatest() {
            PhaseMachine machine = new PhaseMachine(plan);
            PhaseState grown = last(run(machine, scenario("1200 for 5m")));

            assertThatIllegalArgumentException().isThrownBy(() -> machine.step(grown, sample("3:59", 500)))
                    .withMessageContaining("time order");
        }

        @Test
        void takesASecondTotalAtTheLatestInstantAsTheTotalThen() {
            PhaseMachine machine = new PhaseMachine(plan);
            PhaseState grown = last(run(machine, scenario("1200 for 5m")));

            PhaseMachine.Step step = machine.step(grown, sample("4:30", 500));

            assertThat(step.state().activeUsers()).isEqualTo(500);
            assertThat(step.state().upSince()).isEmpty();
        }
    }

    @Nested
    class Determinism {

        @Test
        void feedingTheSameSamplesTwiceGivesEqualSteps() {
            List<MetricSample> samples = scenario("1000~2% for 10m; 25000 for 6m; 4800~3% for 10m; 800 for 6m");

            assertThat(run(new PhaseMachine(plan), samples)).isEqualTo(run(new PhaseMachine(plan), samples));
            assertThat(changes(run(new PhaseMachine(plan), samples))).isNotEmpty();
        }

        @Test
        void refusesAnotherMetricOrSystem() {
            PhaseMachine machine = new PhaseMachine(plan);
            MetricSample cpu = new MetricSample(EventIds.of("t", 1), T0, "shop", "cpu_usage", Map.of(), 1, T0);
            PhaseState other = PhaseState.initial("other", T0);

            assertThatIllegalArgumentException().isThrownBy(() -> machine.step(null, cpu));
            assertThatIllegalArgumentException().isThrownBy(() -> machine.step(other, sample("0:00", 1)));
        }
    }
}
