package org.scaleplan.bench.soak.fleet;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The soak's simulated calendar: a sample of every series every {@code interval} (a tick) from {@code start} for
 * {@code days}, the staleness period the services run with, and when the run pauses to measure (at the end of each
 * checkpoint day, and shortly after the returning gauge came back).
 *
 * @param start the first tick: the 20th of a month, at midnight UTC
 * @param checkpointDays the days at whose end store sizes are taken; the first comes after the warm-up
 */
public record Schedule(Instant start, int days, Duration interval, Duration staleness, List<Integer> checkpointDays) {

    /** How long after its own time a sample arrived: ingest's stamp, the record's timestamp. */
    public static final Duration ARRIVAL_DELAY = Duration.ofSeconds(2);
    /** How far behind the others the lagging region's samples are stamped. */
    public static final Duration REGION_LAG = Duration.ofMinutes(3);
    /** How long before a month ends the late samples are stamped. */
    public static final Duration LATE_BEFORE_MONTH_END = Duration.ofMinutes(2);
    /** How long the returning gauge is switched off. */
    public static final Duration GAP = Duration.ofDays(3);
    /** Ticks after the gauge came back at which spend is compared: its first samples are in by then. */
    static final int PROBE_AFTER_RETURN = 6;
    private static final int START_DAY_OF_MONTH = 20;

    public Schedule {
        if (Duration.ofDays(1).toMillis() % interval.toMillis() != 0 || staleness.compareTo(interval) <= 0) {
            throw new IllegalArgumentException("the interval must divide a day and be shorter than the staleness");
        }
        checkpointDays = List.copyOf(checkpointDays);
        if (checkpointDays.isEmpty() || checkpointDays.stream().anyMatch(day -> day < 1 || day > days)) {
            throw new IllegalArgumentException("checkpoints must fall within the " + days + " days, were "
                    + checkpointDays);
        }
    }

    /** The 20th of the month after {@code now}'s, at midnight UTC: always ahead of the wall clock (see docs). */
    public static Instant startAfter(Instant now) {
        YearMonth next = YearMonth.from(now.atZone(ZoneOffset.UTC)).plusMonths(1);
        return next.atDay(START_DAY_OF_MONTH).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public int ticksPerDay() {
        return (int) (Duration.ofDays(1).toMillis() / interval.toMillis());
    }

    public int ticks() {
        return days * ticksPerDay();
    }

    public Instant at(int tick) {
        return start.plus(interval.multipliedBy(tick));
    }

    public Instant arrival(int tick) {
        return at(tick).plus(ARRIVAL_DELAY);
    }

    /** Where the run stops: the first tick not sent. */
    public Instant end() {
        return at(ticks());
    }

    /** Whether {@code tick} is the first of a month. */
    public boolean monthStarts(int tick) {
        return tick > 0 && !month(at(tick)).equals(month(at(tick - 1)));
    }

    /** Whether {@code tick} is the second of a month: the late samples of the month before arrive with it. */
    public boolean lateArrive(int tick) {
        return tick > 1 && monthStarts(tick - 1);
    }

    /** The month ends the run crosses, as the first instant of each new month. */
    public List<Instant> monthEnds() {
        List<Instant> ends = new ArrayList<>();
        for (YearMonth month = month(start).plusMonths(1); month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant()
                .isBefore(end()); month = month.plusMonths(1)) {
            ends.add(month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        return ends;
    }

    /**
     * When the returning gauge comes back: noon on the first 15th of a month at least 30 % into the run (mid-month,
     * away from the month's first days, when forecasts settle), or on the 7th day of a run too short for one.
     */
    public Instant gapReturn() {
        Instant earliest = at((int) Math.max(GAP.toDays() + 2, days * 3 / 10) * ticksPerDay());
        LocalDate day = LocalDate.ofInstant(earliest, ZoneOffset.UTC);
        LocalDate fifteenth = day.getDayOfMonth() <= 15 ? day.withDayOfMonth(15) : day.plusMonths(1).withDayOfMonth(15);
        Instant noon = fifteenth.atTime(12, 0).toInstant(ZoneOffset.UTC);
        return noon.plus(Duration.ofDays(2)).isBefore(end()) ? noon
                : start.plus(Duration.ofDays(GAP.toDays() + 3)).plus(Duration.ofHours(12));
    }

    public Instant gapFrom() {
        return gapReturn().minus(GAP);
    }

    /** The tick after which spend is compared with what it should be: a few ticks after the gauge came back. */
    public int probeTick() {
        return (int) (Duration.between(start, gapReturn()).toMillis() / interval.toMillis()) + PROBE_AFTER_RETURN;
    }

    public static YearMonth month(Instant at) {
        return YearMonth.from(at.atZone(ZoneOffset.UTC));
    }
}
