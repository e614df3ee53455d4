package org.scaleplan.bench.soak;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

import org.scaleplan.bench.Progress;
import org.scaleplan.bench.soak.fleet.Fleet;
import org.scaleplan.bench.soak.fleet.Schedule;
import org.scaleplan.bench.soak.fleet.SpendLedger;
import org.scaleplan.bench.stack.ConsumerLag;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.contracts.metrics.SeriesLabels;

/**
 * Sends the fleet's samples tick by tick, in simulated time, into the stack: each into the topic and the spend
 * ledger, counting series. It pauses at the checkpoints and the spend probe to let them be measured.
 *
 * <p>It writes a tick only once every service that reads the samples is at most a tick behind, as they are in a
 * deployment that keeps up: at this compression a few seconds of backlog are hours of simulated time, and a service
 * hours behind another reads the other's decisions (stamped hours ahead) before its own samples (docs/soak.md).
 */
final class Feed {

    private static final Duration PATIENCE = Duration.ofMinutes(10);
    private static final Duration POLL = Duration.ofMillis(20);

    /** What is measured when the feed pauses, after everything written so far was acknowledged. */
    interface Pauses {

        void checkpoint(int day);

        void probe();
    }

    private final Fleet fleet;
    private final int ahead;
    private final SampleWriter writer;
    private final SpendLedger ledger;
    private final ConsumerLag readers;
    private final Progress progress;
    private final Set<String> series = new HashSet<>();

    /** @param ahead how many ticks the services may fall behind what was written */
    Feed(Fleet fleet, int ahead, SampleWriter writer, SpendLedger ledger, ConsumerLag readers, Progress progress) {
        this.fleet = fleet;
        this.ahead = ahead;
        this.writer = writer;
        this.ledger = ledger;
        this.readers = readers;
        this.progress = progress;
    }

    void run(Pauses pauses) {
        Schedule schedule = fleet.schedule();
        for (int tick = 0; tick < schedule.ticks(); tick++) {
            List<MetricSample> samples = fleet.tick(tick);
            keepUp((long) samples.size() * ahead);
            samples.forEach(this::write);
            if (tick == schedule.probeTick()) {
                writer.flush();
                pauses.probe();
            }
            if ((tick + 1) % schedule.ticksPerDay() == 0) {
                endOfDay((tick + 1) / schedule.ticksPerDay(), pauses);
            }
        }
    }

    /** One sample of each system that no service reads, at {@code at}: every partition's stream time reaches it. */
    void drain(Instant at) {
        fleet.clock(at).forEach(this::write);
        writer.flush();
    }

    long samples() {
        return writer.written();
    }

    int series() {
        return series.size();
    }

    private void write(MetricSample sample) {
        writer.write(sample);
        ledger.record(sample);
        series.add(sample.system() + "|" + sample.name() + SeriesLabels.text(sample.labels()));
    }

    private void endOfDay(int day, Pauses pauses) {
        Schedule schedule = fleet.schedule();
        if (schedule.checkpointDays().contains(day)) {
            writer.flush();
            pauses.checkpoint(day);
        }
        if (day % (schedule.days() > 20 ? 5 : 2) == 0) {
            Map<String, Long> behind = readers.lag();
            progress.info(String.format("day %d of %d (%s): %,d samples, %,d series; behind: %s", day,
                    schedule.days(), LocalDate.ofInstant(schedule.at(day * schedule.ticksPerDay()), ZoneOffset.UTC),
                    samples(), series(), behind.entrySet().stream().map(e -> String.format("%s %,d", e.getKey(),
                            e.getValue())).collect(Collectors.joining(", "))));
        }
    }

    /** Waits until no service is more than {@code samples} behind what was written; fails after the patience. */
    private void keepUp(long samples) {
        writer.flush();
        Instant deadline = Instant.now().plus(PATIENCE);
        while (readers.lag().values().stream().anyMatch(behind -> behind > samples)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the services fell behind for " + PATIENCE + ": " + readers.lag());
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
    }
}
