package org.scaleplan.bench.soak;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.scaleplan.bench.soak.check.CheckResult;
import org.scaleplan.bench.soak.check.StoreGrowthCheck.Checkpoint;
import org.scaleplan.bench.soak.fleet.Schedule;

/**
 * One soak run, for the report.
 *
 * @param times how long each part took in wall time, in order: the stack's start, the samples (pauses included),
 *        the drain, reading the topics and the replay
 * @param cores the CPU each process used from the first sample to the end of the drain, in cores, with the machine's
 *        other processes
 * @param events how many events of each kind the services published, by {@code ce_type}
 * @param settings the service properties the soak sets, {@code service: name} to value
 */
record SoakResult(String form, int systems, Schedule schedule, Instant started, Duration wallTime,
        Map<String, Duration> times, long samples, int series, List<Checkpoint> checkpoints,
        List<Duration> catchUps, Map<String, Double> cores, Map<String, Integer> events, long incidentsResolved,
        Map<String, String> settings,
        List<CheckResult> checks) {

    boolean passed() {
        return checks.stream().allMatch(CheckResult::passed);
    }
}
