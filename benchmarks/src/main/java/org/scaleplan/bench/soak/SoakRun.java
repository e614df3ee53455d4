package org.scaleplan.bench.soak;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.scaleplan.bench.Progress;
import org.scaleplan.bench.WorkDirectory;
import org.scaleplan.bench.soak.fleet.Fleet;
import org.scaleplan.bench.soak.fleet.Schedule;
import org.scaleplan.bench.soak.fleet.SpendLedger;
import org.scaleplan.bench.stack.BenchStack;
import org.scaleplan.bench.stack.ConsumerLag;
import org.scaleplan.bench.stack.CpuMeter;
import org.scaleplan.bench.stack.StackSettings;
import org.scaleplan.testsupport.KafkaProbe;

/**
 * One soak, in order: the stack (a broker, Redis and the five services as processes), the broker told to take
 * records stamped ahead of its clock, a budget for every system, the fleet's samples tick by tick with the pauses to
 * measure, a drain that lets every series go, then the topics read, phase-evaluator's replay and the checks.
 */
final class SoakRun {

    static final List<Integer> THRESHOLDS = List.of(50, 80, 100);
    private static final Duration PATIENCE = Duration.ofMinutes(10);

    private final SoakOptions options;
    private final Progress progress;
    private final Map<String, Duration> times = new LinkedHashMap<>();
    private Instant lap = Instant.now();

    SoakRun(SoakOptions options, Progress progress) {
        this.options = options;
        this.progress = progress;
    }

    SoakResult run() {
        Instant started = Instant.now();
        WorkDirectory.empty(options.work());
        Fleet fleet = new Fleet(options.schedule(started), options.systems());
        StackSettings settings = SoakSettings.stack(options);
        progress.step("Starting a broker, Redis and the five services, one after another");
        try (BenchStack stack = BenchStack.start(settings, progress);
                Broker broker = new Broker(stack.bootstrapServers());
                ConsumerLag readers = new ConsumerLag(stack.bootstrapServers());
                SampleWriter writer = new SampleWriter(stack.bootstrapServers());
                IncidentOperator operator = new IncidentOperator(api(stack, "incident-service"))) {
            lap("the stack's start");
            broker.acceptTimestampsAhead();
            SpendLedger ledger = budgets(fleet, api(stack, "cost-service"));
            broker.awaitCaughtUp(PATIENCE);
            int ahead = options.backlog() ? fleet.schedule().ticksPerDay() : 1;
            Soaked soaked = feed(fleet, ledger, new Feed(fleet, ahead, writer, ledger, readers, progress), stack,
                    broker);
            Verdicts verdicts = new Verdicts(fleet, ledger, soaked.measurements(), progress);
            var checks = verdicts.check(stack, settings, soaked.drainedAt());
            lap("reading the topics and the replay");
            return new SoakResult(options.form(), options.systems(), fleet.schedule(), started,
                    Duration.between(started, Instant.now()), times, soaked.feed().samples(), soaked.feed().series(),
                    soaked.measurements().checkpoints(), soaked.measurements().catchUps(), soaked.cores(),
                    verdicts.events(), operator.resolved(), SoakSettings.described(settings), checks);
        }
    }

    /** @param cores the CPU each process used while the samples went through, in cores (CpuMeter) */
    private record Soaked(Feed feed, Measurements measurements, Instant drainedAt, Map<String, Double> cores) {
    }

    private Soaked feed(Fleet fleet, SpendLedger ledger, Feed feed, BenchStack stack, Broker broker) {
        Schedule schedule = fleet.schedule();
        progress.step(String.format("Sending %d days of %d systems, a sample of every series every %d min, from %s "
                + "to %s (%d month ends)", schedule.days(), options.systems(), schedule.interval().toMinutes(),
                schedule.start(), schedule.end(), schedule.monthEnds().size()));
        Map<String, ServiceApi> services = new LinkedHashMap<>();
        StackSettings.SERVICES.forEach(service -> services.put(service, api(stack, service)));
        Measurements measurements = new Measurements(broker, services, fleet.systems(), ledger, progress);
        CpuMeter meter = new CpuMeter(stack.pids()).with("soak", ProcessHandle.current().pid());
        meter.start();
        feed.run(measurements);
        lap("the samples, pauses included");
        Instant drainedAt = schedule.end().plus(schedule.staleness()).plus(schedule.interval().multipliedBy(2));
        progress.step("Letting every series go: one sample no service reads, per system, at " + drainedAt);
        feed.drain(drainedAt);
        broker.awaitCaughtUp(PATIENCE);
        lap("the drain");
        return new Soaked(feed, measurements, drainedAt, meter.cores());
    }

    /** Sets every system's budget at cost-service ({@code PUT /v1/systems/{s}/budget}), as an admin does. */
    private SpendLedger budgets(Fleet fleet, ServiceApi cost) {
        Map<String, Long> budgets = new LinkedHashMap<>();
        IntStream.range(0, options.systems()).forEach(i -> budgets.put(Fleet.system(i), fleet.budgetUsd(i)));
        budgets.forEach((system, usd) -> cost.put("/v1/systems/" + system + "/budget", "{\"monthlyUsd\": " + usd
                + ", \"thresholds\": " + THRESHOLDS + ", \"basis\": [\"ACTUAL\", \"FORECASTED\"]}"));
        progress.info("set " + budgets.size() + " budgets of " + budgets.values().stream().min(Long::compare)
                .orElse(0L) + " to " + budgets.values().stream().max(Long::compare).orElse(0L) + " USD a month, "
                + "thresholds " + THRESHOLDS + " %");
        return new SpendLedger(fleet.schedule().staleness(), budgets, THRESHOLDS);
    }

    private void lap(String part) {
        Instant now = Instant.now();
        times.put(part, Duration.between(lap, now));
        lap = now;
    }

    static ServiceApi api(BenchStack stack, String service) {
        return new ServiceApi(stack.url(service));
    }
}
