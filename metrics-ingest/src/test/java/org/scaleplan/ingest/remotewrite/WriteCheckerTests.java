package org.scaleplan.ingest.remotewrite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scaleplan.ingest.remotewrite.Fixtures.NOW;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.scaleplan.access.FieldProblem;
import org.scaleplan.ingest.IncomingSample;

class WriteCheckerTests {

    private final WriteChecker checker = new WriteChecker(Fixtures.rules());

    @Test
    void passesEveryValidSampleOn() {
        CheckedWrite checked = checker.check(decoded(
                located(0, 0, sample("shop-prod", "active_users", Map.of("region", "eu"), 1)),
                located(1, 0, sample("blog-prod", "cpu_utilization", Map.of(), 0.5))), system -> true);

        assertThat(checked.valid()).extracting(IncomingSample::system).containsExactly("shop-prod", "blog-prod");
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.rejected()).isEmpty();
    }

    @Test
    void namesTheSeriesAndSampleOfEveryProblemAndKeepsTheValidSamples() {
        CheckedWrite checked = checker.check(decoded(
                located(0, 0, sample("shop-prod", "active_users", Map.of(), 1)),
                located(1, 3, sample("shop-prod", "active-users", Map.of(), 2)),
                located(2, 0, sample("shop-prod", "active_users", Map.of(), Double.POSITIVE_INFINITY))),
                system -> true);

        assertThat(checked.valid()).extracting(IncomingSample::value).containsExactly(1.0);
        assertThat(checked.problems()).extracting(FieldProblem::field)
                .containsExactly("timeseries[1].samples[3].name", "timeseries[2].samples[0].value");
    }

    @Test
    void namesTheMissingSystemOfASeriesWithoutSystemLabel() {
        CheckedWrite checked = checker.check(decoded(located(0, 0, sample(null, "active_users", Map.of(), 1))),
                system -> true);

        assertThat(checked.problems()).extracting(FieldProblem::field)
                .containsExactly("timeseries[0].samples[0].system");
    }

    @Test
    void countsRejectedSamplesOnceEachByTheFirstFieldAtFault() {
        CheckedWrite checked = checker.check(decoded(
                // a bad label name and a bad value: counted once, under labels
                located(0, 0, sample("shop-prod", "active_users", Map.of("bad-label", "x"), Double.NaN)),
                located(0, 1, sample("shop-prod", "active_users", Map.of("bad-label", "x"), 2)),
                located(1, 0, sample("shop-prod", "active_users", Map.of(), Double.NEGATIVE_INFINITY))),
                system -> true);

        assertThat(checked.rejected()).containsExactlyInAnyOrderEntriesOf(Map.of("labels", 2, "value", 1));
        assertThat(checked.rejectedSamples()).isEqualTo(3);
    }

    @Test
    void rejectsSamplesOfSystemsTheKeyMayNotWriteAndStoresTheOthers() {
        Set<String> keySystems = Set.of("shop-prod");

        CheckedWrite checked = checker.check(decoded(
                located(0, 0, sample("shop-prod", "active_users", Map.of(), 1)),
                located(1, 0, sample("other-tenant", "active_users", Map.of(), 2))), keySystems::contains);

        assertThat(checked.valid()).extracting(IncomingSample::system).containsExactly("shop-prod");
        assertThat(checked.problems()).containsExactly(
                new FieldProblem("timeseries[1].samples[0].system", WriteChecker.OUT_OF_SCOPE));
        assertThat(checked.rejected()).containsExactlyEntriesOf(Map.of(WriteChecker.SCOPE, 1));
    }

    @Test
    void listsUnreadableSeriesFirstAndCountsTheirSamplesAsLabelProblems() {
        DecodedWrite decoded = new DecodedWrite(List.of(located(1, 0, sample("shop-prod", "up", Map.of(), 1))),
                List.of(new FieldProblem("timeseries[0].labels.job", "appears twice in the series")), 4, 0, 0);

        CheckedWrite checked = checker.check(decoded, system -> true);

        assertThat(checked.problems()).extracting(FieldProblem::field).containsExactly("timeseries[0].labels.job");
        assertThat(checked.rejected()).containsExactlyEntriesOf(Map.of("labels", 4));
        assertThat(checked.valid()).hasSize(1);
    }

    private static DecodedWrite decoded(LocatedSample... samples) {
        return new DecodedWrite(List.of(samples), List.of(), 0, 0, 0);
    }

    private static LocatedSample located(int series, int index, IncomingSample sample) {
        return LocatedSample.of(series, index, sample);
    }

    private static IncomingSample sample(String system, String name, Map<String, String> labels, double value) {
        return new IncomingSample(system, name, labels, value, NOW);
    }
}
