package org.scaleplan.evaluator.phase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scaleplan.evaluator.phase.Fixtures.T0;
import static org.scaleplan.evaluator.phase.Fixtures.at;
import static org.scaleplan.evaluator.phase.Fixtures.last;
import static org.scaleplan.evaluator.phase.Fixtures.run;
import static org.scaleplan.evaluator.phase.Fixtures.scenario;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PendingTests {

    private final PhasePlan plan = PhasePlan.defaults();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            // no run in progress
            "500 for 3m                   | none",
            // toward 2 since 0:00, the earliest run, though 3 is also in progress
            "1200 for 2m; 6000 for 2m     | 2 since 0:00",
            // a jump: every run started together, the farthest is where the machine would go
            "25000 for 2m                 | 4 since 0:00",
            // down from 2 since 6:00
            "1200 for 6m; 850 for 2m      | 1 since 6:00",
            // the change has happened: nothing pending any more
            "1200 for 6m                  | none",
    })
    void showsTheRunThatWillSettleFirst(String segments, String pending) {
        PhaseState state = last(run(new PhaseMachine(plan), scenario(segments)));

        assertThat(Pending.pending(state, plan).map(p -> p.phase() + " since " + render(p)))
                .isEqualTo(Optional.ofNullable(pending));
    }

    @Test
    void isDueOneWindowAfterItStarted() {
        PhaseState state = last(run(new PhaseMachine(plan), scenario("1200 for 2m")));

        assertThat(Pending.pending(state, plan)).contains(new Pending(2, at("0:00"), at("5:00")));
    }

    private static String render(Pending pending) {
        long seconds = Duration.between(T0, pending.since()).toSeconds();
        return "%d:%02d".formatted(seconds / 60, seconds % 60);
    }
}
