package org.scaleplan.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.scaleplan.bench.baseline.BaselineResult;
import org.scaleplan.bench.baseline.ProducerBaseline;
import org.scaleplan.bench.latency.DecisionTrials;
import org.scaleplan.bench.latency.RunbookTarget;
import org.scaleplan.bench.latency.Runbooks;
import org.scaleplan.bench.latency.TrialKind;
import org.scaleplan.bench.latency.TrialResults;
import org.scaleplan.bench.load.Format;
import org.scaleplan.bench.load.LoadOptions;
import org.scaleplan.bench.load.LoadProcess;
import org.scaleplan.bench.load.SampleShape;
import org.scaleplan.bench.load.Saturation;
import org.scaleplan.bench.load.SaturationResult;
import org.scaleplan.bench.report.BenchResult;
import org.scaleplan.bench.report.Machine;
import org.scaleplan.bench.stack.ApiKeys;
import org.scaleplan.bench.stack.BenchStack;
import org.scaleplan.bench.stack.ConsumerLag;
import org.scaleplan.bench.stack.CpuMeter;
import org.scaleplan.bench.stack.StackSettings;

/**
 * One benchmark run, in order: the stack (start-up times), the producer baseline, ingest to saturation for each
 * format, decision and incident trials at half the JSON saturation, resident memory, a profiled load window, and
 * metrics-ingest to saturation alone.
 */
final class BenchRun {

    private final BenchOptions options;
    private final Progress progress;

    BenchRun(BenchOptions options, Progress progress) {
        this.options = options;
        this.progress = progress;
    }

    BenchResult run() throws InterruptedException {
        Instant started = Instant.now();
        Machine machine = Machine.here();
        WorkDirectory.empty(options.work());
        try (RunbookTarget target = new RunbookTarget()) {
            StackSettings settings = RunSettings.stack(options,
                    Runbooks.write(options.work().resolve("runbooks"), target), target);
            progress.step("Starting a broker, Redis and the five services, one after another");
            try (BenchStack stack = BenchStack.start(settings, progress);
                    ConsumerLag readers = new ConsumerLag(stack.bootstrapServers())) {
                Stack run = new Stack(stack, ApiKeys.ingestKey(stack.url("security-service"), "benchmark"),
                        new CpuMeter(stack.pids()).with("benchmark", ProcessHandle.current().pid()), readers);
                return measure(run, settings, target, started, machine);
            }
        }
    }

    /** The running stack and what measuring it needs. */
    private record Stack(BenchStack processes, String key, CpuMeter meter, ConsumerLag readers) {
    }

    private BenchResult measure(Stack run, StackSettings settings, RunbookTarget target, Instant started,
            Machine machine) throws InterruptedException {
        BaselineResult baseline = baseline(run);
        List<SaturationResult> saturation = saturation(run, "load-", Optional.of(run.readers()));
        SaturationResult.Step json = saturation.get(0).best();
        Latency latency = latency(run, target, json.load().samplesPerSecond() / 2, json.load().clients());
        Map<String, Long> resident = run.processes().residentKb();
        run.readers().awaitCaughtUp(Saturation.CAUGHT_UP, Saturation.CATCH_UP_PATIENCE);
        BenchResult.Profile profile = new Profiling(progress).run(run.processes(),
                load(run, Format.JSON, "profiled").withClients(json.load().clients()), run.meter(),
                options.work().resolve("profile"));
        progress.step("Stopping the four services that read every sample, to measure metrics-ingest alone");
        run.processes().stopAllBut("metrics-ingest");
        List<SaturationResult> alone = saturation(run, "alone-", Optional.empty());
        return new BenchResult(started, Duration.between(started, Instant.now()), options.quick(), machine,
                Versions.of(options.repo(), settings), RunSettings.describe(options, settings, baseline.recordSize()),
                baseline, saturation, alone, latency.halfLoad(), latency.trials(), run.processes().startupTimes(),
                run.processes().startupCpuSeconds(), resident, profile);
    }

    private BaselineResult baseline(Stack run) {
        int recordSize = SampleShape.serializedSize();
        progress.step("Baseline: Kafka's ProducerPerformance, acks=all, " + recordSize + "-byte records");
        return ProducerBaseline.run(run.processes().bootstrapServers(), recordSize, options.baselineRecords(),
                run.meter(), progress);
    }

    private List<SaturationResult> saturation(Stack run, String systems, Optional<ConsumerLag> readers) {
        List<SaturationResult> saturation = new ArrayList<>();
        for (Format format : Format.values()) {
            progress.step("Ingest to saturation: " + format.label() + " (POST " + format.path() + ")");
            saturation.add(new Saturation(load(run, format, systems + format.label()), options.ladder(),
                    run.meter(), readers, progress).run());
        }
        return saturation;
    }

    /** The trials, under a background JSON load at {@code rate} samples/s from {@code clients} clients. */
    private Latency latency(Stack run, RunbookTarget target, double rate, int clients) throws InterruptedException {
        progress.step(String.format("Decision and incident latency: %d trials of each kind under %,.0f samples/s "
                + "of background load", options.trials(), rate));
        Duration drained = run.readers().awaitCaughtUp(Saturation.CAUGHT_UP, Saturation.CATCH_UP_PATIENCE);
        progress.info("the services that read every sample caught up with the saturation steps in "
                + drained.toSeconds() + " s");
        LoadProcess load = background(new LoadOptions(run.processes().url("metrics-ingest"), run.key(),
                Format.JSON, clients, options.warmup(), Duration.ZERO, rate, "half-load"));
        CpuMeter withLoad = run.meter().with("load generator", load.pid());
        withLoad.start();
        try (DecisionTrials trials = new DecisionTrials(run.processes().url("metrics-ingest"), run.key(),
                run.processes().bootstrapServers(), target, progress)) {
            Map<TrialKind, TrialResults> results = trials.run(options.trials());
            Map<String, Double> cores = withLoad.cores();
            Map<String, Long> behind = run.readers().lag();
            results.values().forEach(r -> progress.info(r.summary()));
            return new Latency(new BenchResult.HalfLoad(rate, load.stop(), cores, drained, behind), results);
        }
    }

    /** A load until it is stopped, once it is past its warm-up. */
    private LoadProcess background(LoadOptions options) throws InterruptedException {
        CountDownLatch measuring = new CountDownLatch(1);
        LoadProcess load = LoadProcess.start(options, progress, LoadProcess.Window.opening(measuring::countDown));
        if (!measuring.await(options.warmup().toSeconds() + 60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the background load did not start");
        }
        return load;
    }

    private LoadOptions load(Stack run, Format format, String systems) {
        return new LoadOptions(run.processes().url("metrics-ingest"), run.key(), format, 1, options.warmup(),
                options.measure(), 0, systems);
    }

    private record Latency(BenchResult.HalfLoad halfLoad, Map<TrialKind, TrialResults> trials) {
    }
}
