package org.scaleplan.bench.load;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Every load step of one format, in the order run; the best is the saturation throughput. */
public record SaturationResult(String format, List<Step> steps) {

    /**
     * @param cores CPU cores each process used in the step's measured window, and their total
     * @param lag samples each service that reads every sample was behind when the step ended (none: not watched)
     */
    public record Step(LoadResult load, Map<String, Double> cores, Map<String, Long> lag) {

        Step withLag(Map<String, Long> behind) {
            return new Step(load, cores, behind);
        }
    }

    public Step best() {
        return steps.stream().max(Comparator.comparingDouble(step -> step.load().samplesPerSecond())).orElseThrow();
    }

    /** {@code ingest 0.93, broker 0.41, ...}: the processes that used a tenth of a core or more. */
    public static String cores(Map<String, Double> cores) {
        return cores.entrySet().stream().filter(e -> e.getValue() >= 0.1)
                .map(e -> String.format("%s %.2f", e.getKey(), e.getValue())).collect(Collectors.joining(", "));
    }
}
