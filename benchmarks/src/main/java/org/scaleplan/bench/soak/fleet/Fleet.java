package org.scaleplan.bench.soak.fleet;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.IntStream;

import org.scaleplan.contracts.EventIds;
import org.scaleplan.contracts.metrics.MetricSample;

/**
 * The soak's systems and the samples each sends at each tick, as metrics-ingest would have published them: active
 * users per region ({@link Users}), priced nodes and an ai bill ({@link Costs}), and per pod an error ratio and a
 * failed-logins counter ({@link Pods}). Every fifth system switches one node off for {@link Schedule#GAP}. Each
 * system's ai bill sends nothing on time in the first two ticks of a month: a sample of it stamped
 * {@link Schedule#LATE_BEFORE_MONTH_END} before the month ended arrives with the second tick, after the new month's
 * first samples (and after the first announcements of the new month's budget).
 */
public final class Fleet {

    /** A metric no service reads, sent past the end so that every partition's stream time passes the staleness. */
    public static final String CLOCK_METRIC = "soak_clock";
    static final int GAP_EVERY = 5;

    private final Schedule schedule;
    private final int systems;

    public Fleet(Schedule schedule, int systems) {
        this.schedule = schedule;
        this.systems = systems;
    }

    public Schedule schedule() {
        return schedule;
    }

    public List<String> systems() {
        return IntStream.range(0, systems).mapToObj(Fleet::system).toList();
    }

    public static String system(int index) {
        return String.format("soak-%02d", index + 1);
    }

    /** Every sample of {@code tick}, system by system, the late ones of a month's end last. */
    public List<MetricSample> tick(int tick) {
        List<MetricSample> samples = new ArrayList<>();
        for (int system = 0; system < systems; system++) {
            users(system, tick, samples);
            costs(system, tick, samples);
            pods(system, tick, samples);
        }
        if (schedule.lateArrive(tick)) {
            Instant late = schedule.at(tick - 1).minus(Schedule.LATE_BEFORE_MONTH_END);
            for (int system = 0; system < systems; system++) {
                double value = Costs.aiTotal(system, tick - 1) - Costs.aiIncrease(system, tick - 1) / 10;
                samples.add(sample(system, "cost_usd_total", Map.of("category", "ai"), value, late, tick));
            }
        }
        return samples;
    }

    /** One sample of {@link #CLOCK_METRIC} per system, stamped and arriving at {@code at}. */
    public List<MetricSample> clock(Instant at) {
        return IntStream.range(0, systems).mapToObj(system -> new MetricSample(eventId(system(system), CLOCK_METRIC,
                Map.of(), at), at, system(system), CLOCK_METRIC, Map.of(), 1, at)).toList();
    }

    public boolean hasGap(int system) {
        return system % GAP_EVERY == 0;
    }

    /** Whether the returning node of {@code system} is switched off at {@code tick}. */
    public boolean switchedOff(int system, int tick) {
        Instant at = schedule.at(tick);
        return hasGap(system) && !at.isBefore(schedule.gapFrom()) && at.isBefore(schedule.gapReturn());
    }

    public long budgetUsd(int system) {
        return Costs.budgetUsd(system, ticksPerHour());
    }

    /** Every pod that fails and whose alert fires within the run (its last sample sent), with its last sample. */
    public List<FailingPod> failingPods() {
        List<FailingPod> failing = new ArrayList<>();
        int ticks = schedule.ticks();
        for (int system = 0; system < systems; system++) {
            for (int slot = 0; slot < Pods.SLOTS; slot++) {
                for (Pods.Pod pod = Pods.at(system, slot, 0); pod.firstTick() < ticks;
                        pod = new Pods.Pod(system, slot, pod.generation() + 1)) {
                    if (pod.fails() && pod.lastTick() < ticks) {
                        failing.add(new FailingPod(system(system), pod.name(), schedule.at(pod.lastTick())));
                    }
                }
            }
        }
        return failing;
    }

    private void users(int system, int tick, List<MetricSample> samples) {
        double fraction = tick / (double) schedule.ticks();
        for (String region : Users.REGIONS) {
            Instant at = region.equals(Users.LAGGING) ? schedule.at(tick).minus(Schedule.REGION_LAG)
                    : schedule.at(tick);
            samples.add(sample(system, "active_users", Map.of("region", region),
                    Users.of(system, region, at, fraction), at, tick));
        }
    }

    private void costs(int system, int tick, List<MetricSample> samples) {
        for (String node : Costs.NODES) {
            if (!(node.equals(Costs.RETURNING_NODE) && switchedOff(system, tick))) {
                samples.add(sample(system, "cpu_cores", Map.of("node", node), Costs.cores(system, node),
                        schedule.at(tick), tick));
            }
        }
        if (!schedule.monthStarts(tick) && !schedule.lateArrive(tick)) {
            samples.add(sample(system, "cost_usd_total", Map.of("category", "ai"), Costs.aiTotal(system, tick),
                    schedule.at(tick), tick));
        }
    }

    private void pods(int system, int tick, List<MetricSample> samples) {
        for (int slot = 0; slot < Pods.SLOTS; slot++) {
            Pods.Pod pod = Pods.at(system, slot, tick);
            double errors = pod.failingAt(tick) ? 0.2 : 0.002 + 0.001 * (tick % 3);
            samples.add(sample(system, "http_error_ratio", Map.of("pod", pod.name()), errors, schedule.at(tick),
                    tick));
            samples.add(sample(system, "auth_failures_total", Map.of("pod", pod.name(), "client_ip", pod.clientIp(),
                    "user", "svc-" + slot), (tick - pod.firstTick()) / 4, schedule.at(tick), tick));
        }
    }

    private MetricSample sample(int system, String name, Map<String, String> labels, double value, Instant at,
            int tick) {
        return new MetricSample(eventId(system(system), name, labels, at), at, system(system), name, labels, value,
                schedule.arrival(tick));
    }

    /** As metrics-ingest derives it: the same sample always has the same id. */
    private static UUID eventId(String system, String name, Map<String, String> labels, Instant at) {
        return EventIds.of("metric-sample", system, name, new TreeMap<>(labels), at);
    }

    private int ticksPerHour() {
        return schedule.ticksPerDay() / 24;
    }
}
