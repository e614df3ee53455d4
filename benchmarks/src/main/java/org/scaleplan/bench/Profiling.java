package org.scaleplan.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.scaleplan.bench.load.LoadOptions;
import org.scaleplan.bench.load.Saturation;
import org.scaleplan.bench.load.SaturationResult;
import org.scaleplan.bench.report.BenchResult;
import org.scaleplan.bench.report.HotMethods;
import org.scaleplan.bench.stack.BenchStack;
import org.scaleplan.bench.stack.CpuMeter;
import org.scaleplan.bench.stack.Profiler;

/** A load window with flight recordings in the broker and every service: where their CPU goes under load. */
final class Profiling {

    private final Progress progress;

    Profiling(Progress progress) {
        this.progress = progress;
    }

    BenchResult.Profile run(BenchStack stack, LoadOptions load, CpuMeter meter, Path dir) {
        progress.step("Profiling: JSON at " + load.clients() + " client(s), flight recordings in the broker and "
                + "every service (" + dir + ")");
        WorkDirectory.empty(dir);
        Map<String, Long> jvms = new LinkedHashMap<>(stack.pids());
        jvms.remove(BenchStack.REDIS);
        Profiler profiler = new Profiler(jvms, dir);
        profiler.start();
        SaturationResult.Step step = Saturation.measure(load, meter, progress);
        Map<String, HotMethods> hot = new LinkedHashMap<>();
        profiler.stop().forEach((process, recording) -> hot.put(process, HotMethods.of(recording)));
        hot.forEach((process, methods) -> progress.info(process + ": " + methods.packages()));
        return new BenchResult.Profile(load.clients(), step.load(), step.cores(), hot);
    }
}
