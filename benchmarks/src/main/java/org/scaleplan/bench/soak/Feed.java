package org.scaleplan.bench.soak;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
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
 * ledger, counting series. It keeps the services within {@value #MAX_BEHIND} samples of what it wrote (so a pause
 * waits seconds, not minutes), and pauses at the checkpoints and the spend probe to let them be measured.
 */
final class Feed {

    static final long MAX_BEHIND = 300_000;
    private static final Duration PATIENCE = Duration.ofMinutes(10);

    /** What is measured when the feed pauses, after everything written so far was acknowledged. */
    interface Pauses {

        void checkpoint(int day);

        void probe();
    }

    private final Fleet fleet;
    private final SampleWriter writer;
    private final SpendLedger ledger;
    private final ConsumerLag readers;
    private final Progress progress;
    private final Set<String> series = new HashSet<>();

    Feed(Fleet fleet, SampleWriter writer, SpendLedger ledger, ConsumerLag readers, Progress progress) {
        this.fleet = fleet;
        this.writer = writer;
        this.ledger = ledger;
        this.readers = readers;
        this.progress = progress;
    }

    void run(Pauses pauses) {
        Schedule schedule = fleet.schedule();
        for (int tick = 0; tick < schedule.ticks(); tick++) {
            fleet.tick(tick).forEach(this::write);
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
        Map<String, Long> behind = readers.lag();
        if (day % (schedule.days() > 20 ? 5 : 2) == 0) {
            progress.info(String.format("day %d of %d (%s): %,d samples, %,d series; behind: %s", day,
                    schedule.days(), LocalDate.ofInstant(schedule.at(day * schedule.ticksPerDay()), ZoneOffset.UTC),
                    samples(), series(), behind.entrySet().stream().map(e -> String.format("%s %,d", e.getKey(),
                            e.getValue())).collect(Collectors.joining(", "))));
        }
        if (behind.values().stream().anyMatch(n -> n > MAX_BEHIND)) {
            readers.awaitCaughtUp(MAX_BEHIND / 2, PATIENCE);
        }
    }
}
