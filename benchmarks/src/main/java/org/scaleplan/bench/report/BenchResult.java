package org.scaleplan.bench.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.scaleplan.bench.baseline.BaselineResult;
import org.scaleplan.bench.latency.TrialKind;
import org.scaleplan.bench.latency.TrialResults;
import org.scaleplan.bench.load.LoadResult;
import org.scaleplan.bench.load.SaturationResult;

/**
 * Everything one benchmark run measured, as the report shows it.
 *
 * @param settings what the run was configured with, by name, in the order shown
 * @param saturation ingest to saturation with the whole stack running, as deployed
 * @param ingestAlone the same once the four services that read every sample were stopped: ingest's own limit
 * @param startupCpuSeconds CPU each process used up to its first healthy answer
 * @param residentKb VmRSS of the broker and each service after the load, in kB
 * @param profile where each profiled process spent its CPU during the profiling window
 */
public record BenchResult(Instant started, Duration took, boolean quick, Machine machine,
        Map<String, String> versions, Map<String, String> settings, BaselineResult baseline,
        List<SaturationResult> saturation, List<SaturationResult> ingestAlone, HalfLoad halfLoad,
        Map<TrialKind, TrialResults> trials,
        Map<String, Duration> startup, Map<String, Double> startupCpuSeconds, Map<String, Long> residentKb,
        Profile profile) {

    /**
     * The background load during the latency trials.
     *
     * @param rate the samples per second asked for: half the best saturation throughput of JSON
     * @param drained how long the services that read every sample took to catch up with the saturation steps'
     *        backlog, before the trials began
     * @param lag samples each of them was behind when the trials ended
     */
    public record HalfLoad(double rate, LoadResult load, Map<String, Double> cores, Duration drained,
            Map<String, Long> lag) {
    }

    /**
     * A profiled load window: JSON at the saturating client count, with flight recordings in every service and
     * the broker.
     */
    public record Profile(int clients, LoadResult load, Map<String, Double> cores, Map<String, HotMethods> hot) {
    }

    public SaturationResult saturation(String format) {
        return saturation.stream().filter(s -> s.format().equals(format)).findFirst().orElseThrow();
    }
}
