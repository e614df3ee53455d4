package org.scaleplan.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.scaleplan.bench.Progress;
import org.scaleplan.bench.stack.ConsumerLag;
import org.scaleplan.bench.stack.CpuMeter;

/**
 * Ingest throughput to saturation: load steps with more and more clients (1, 2, 4, ...), each a load process of its
 * own, until a step no longer raises the best throughput by more than {@value #RISE_PERCENT} %. Each step also records
 * the CPU every process of the stack used in its measured window.
 */
public final class Saturation {

    static final int RISE_PERCENT = 5;
    /** Samples a reader may be behind and count as caught up: one commit interval's worth, about. */
    public static final long CAUGHT_UP = 2_000;
    public static final Duration CATCH_UP_PATIENCE = Duration.ofMinutes(5);

    private final LoadOptions base;
    private final List<Integer> ladder;
    private final CpuMeter meter;
    private final Optional<ConsumerLag> readers;
    private final Progress progress;

    /**
     * @param base the load of every step but its client count
     * @param readers the services that read every sample: each step starts once they caught up with the last
     */
    public Saturation(LoadOptions base, List<Integer> ladder, CpuMeter meter, Optional<ConsumerLag> readers,
            Progress progress) {
        this.base = base;
        this.ladder = ladder;
        this.meter = meter;
        this.readers = readers;
        this.progress = progress;
    }

    public SaturationResult run() {
        List<SaturationResult.Step> steps = new ArrayList<>();
        double best = 0;
        for (int clients : ladder) {
            readers.ifPresent(this::awaitCaughtUp);
            SaturationResult.Step step = measure(base.withClients(clients), meter, progress);
            step = step.withLag(readers.map(ConsumerLag::lag).orElse(Map.of()));
            steps.add(step);
            double rate = step.load().samplesPerSecond();
            progress.info(String.format("%s, %d client(s): %,.0f samples/s, p99 %.0f ms, %d failed; CPU %s%s",
                    base.format().label(), clients, rate, step.load().latencyMs().p99(), step.load().failed(),
                    SaturationResult.cores(step.cores()), step.lag().isEmpty() ? "" : "; behind: " + step.lag()));
            if (steps.size() > 1 && rate <= best * (1 + RISE_PERCENT / 100.0)) {
                break;
            }
            best = Math.max(best, rate);
        }
        return new SaturationResult(base.format().label(), steps);
    }

    private void awaitCaughtUp(ConsumerLag lag) {
        Duration took = lag.awaitCaughtUp(CAUGHT_UP, CATCH_UP_PATIENCE);
        if (took.toSeconds() >= 1) {
            progress.info("the services that read every sample caught up in " + took.toSeconds() + " s");
        }
    }

    /** One load process with {@code options}, and the CPU each process of {@code meter} and the load used. */
    public static SaturationResult.Step measure(LoadOptions options, CpuMeter meter, Progress progress) {
        AtomicReference<CpuMeter> stepMeter = new AtomicReference<>(meter);
        AtomicReference<Map<String, Double>> cores = new AtomicReference<>(Map.of());
        LoadProcess load = LoadProcess.start(options, progress, new LoadProcess.Window() {
            @Override
            public void opened() {
                stepMeter.get().start();
            }

            @Override
            public void closed() {
                cores.set(stepMeter.get().cores());
            }
        });
        stepMeter.set(meter.with("load generator", load.pid()));
        LoadResult result = load.await(options.warmup().plus(options.measure()).plus(Duration.ofSeconds(90)));
        return new SaturationResult.Step(result, cores.get(), Map.of());
    }
}
