package org.scaleplan.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.scaleplan.bench.report.Stats;

/** Tallies the answers that arrive while it is measuring; the load clients report every answer to it. */
final class Recorder {

    private final Format format;
    private final int clients;
    private final int batch;
    private final List<Double> latencies = new ArrayList<>();
    private final Map<String, Long> statuses = new TreeMap<>();
    private boolean measuring;
    private long started;
    private long stopped;
    private long samples;

    Recorder(Format format, int clients, int batch) {
        this.format = format;
        this.clients = clients;
        this.batch = batch;
    }

    synchronized void start() {
        measuring = true;
        started = System.nanoTime();
    }

    synchronized void stop() {
        measuring = false;
        stopped = System.nanoTime();
    }

    synchronized void answered(int status, long nanos) {
        if (!measuring) {
            return;
        }
        latencies.add(nanos / 1e6);
        statuses.merge(String.valueOf(status), 1L, Long::sum);
        if (status / 100 == 2) {
            samples += batch;
        }
    }

    synchronized long samples() {
        return samples;
    }

    synchronized LoadResult result() {
        double seconds = (stopped - started) / 1e9;
        long failed = statuses.entrySet().stream().filter(e -> !e.getKey().startsWith("2"))
                .mapToLong(Map.Entry::getValue).sum();
        return new LoadResult(format.label(), clients, seconds, latencies.size(), samples, failed, samples / seconds,
                Stats.of(latencies), Map.copyOf(statuses));
    }
}
