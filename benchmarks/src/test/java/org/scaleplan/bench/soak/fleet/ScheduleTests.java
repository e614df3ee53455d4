package org.scaleplan.bench.soak.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScheduleTests {

    private static final Duration HOUR = Duration.ofHours(1);

    static Schedule longForm(Instant now) {
        return new Schedule(Schedule.startAfter(now), 100, HOUR, Duration.ofHours(3), List.of(10, 50, 100));
    }

    static Schedule quickForm(Instant now) {
        return new Schedule(Schedule.startAfter(now), 14, HOUR, Duration.ofHours(3), List.of(10, 12, 14));
    }

    @Test
    void startsOnThe20thOfTheNextMonthAheadOfNow() {
        Instant now = Instant.parse("2027-01-31T23:59:00Z");

        assertThat(Schedule.startAfter(now)).isEqualTo(Instant.parse("2027-02-20T00:00:00Z"));
        assertThat(Schedule.startAfter(Instant.now())).isAfter(Instant.now());
    }

    /** Every month of the year as the starting month: the long form always crosses three month ends. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void theLongFormCrossesAtLeastThreeMonthEndsWhateverTheMonth(int month) {
        Schedule schedule = longForm(LocalDate.of(2027, month, 3).atStartOfDay(ZoneOffset.UTC).toInstant());

        assertThat(schedule.monthEnds()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(schedule.ticks()).isEqualTo(100 * 24);
    }

    @Test
    void aMonthStartsAtMidnightOfItsFirstDay() {
        Schedule schedule = quickForm(Instant.parse("2027-01-05T10:00:00Z"));
        int first = (int) (Duration.between(schedule.start(), Instant.parse("2027-03-01T00:00:00Z")).toHours());

        assertThat(schedule.monthEnds()).containsExactly(Instant.parse("2027-03-01T00:00:00Z"));
        assertThat(schedule.monthStarts(first)).isTrue();
        assertThat(schedule.monthStarts(first - 1)).isFalse();
        assertThat(schedule.monthStarts(first + 1)).isFalse();
    }

    @Test
    void theLongFormsGaugeComesBackMidMonthWellInsideTheRun() {
        Schedule schedule = longForm(Instant.parse("2027-06-10T00:00:00Z"));

        assertThat(schedule.gapReturn()).isEqualTo(Instant.parse("2027-09-15T12:00:00Z"));
        assertThat(schedule.gapFrom()).isEqualTo(Instant.parse("2027-09-12T12:00:00Z"));
        assertThat(schedule.at(schedule.probeTick())).isEqualTo(Instant.parse("2027-09-15T18:00:00Z"));
    }

    @Test
    void aRunTooShortForTheFifteenthHasItsGapOnItsSecondWeek() {
        Schedule schedule = quickForm(Instant.parse("2027-06-10T00:00:00Z"));

        assertThat(schedule.gapFrom()).isEqualTo(Instant.parse("2027-07-23T12:00:00Z"));
        assertThat(schedule.gapReturn()).isEqualTo(Instant.parse("2027-07-26T12:00:00Z"));
        assertThat(schedule.probeTick()).isLessThan(schedule.ticks());
    }

    @Test
    void refusesAnIntervalNoShorterThanTheStaleness() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Schedule(Instant.EPOCH, 10, HOUR, HOUR,
                List.of(10)));
    }

    @Test
    void refusesACheckpointAfterTheRun() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Schedule(Instant.EPOCH, 10, HOUR,
                Duration.ofHours(3), List.of(5, 11)));
    }
}
