package org.scaleplan.bench.stack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU use of named processes over a window, in cores (1.0 = one core busy the whole window): who ate the machine
 * while a load step ran, including {@value #OTHERS}, the processes on the machine that are none of ours.
 */
public final class CpuMeter {

    public static final String OTHERS = "other processes";

    private final Map<String, Long> pids;
    private final Map<String, Double> start = new LinkedHashMap<>();
    private long startNanos;
    private double startMachine;

    public CpuMeter(Map<String, Long> pids) {
        this.pids = new LinkedHashMap<>(pids);
    }

    public CpuMeter with(String name, long pid) {
        Map<String, Long> more = new LinkedHashMap<>(pids);
        more.put(name, pid);
        return new CpuMeter(more);
    }

    public synchronized void start() {
        startNanos = System.nanoTime();
        startMachine = ProcStat.machineBusySeconds().orElse(Double.NaN);
        pids.forEach((name, pid) -> ProcStat.cpuSeconds(pid).ifPresent(seconds -> start.put(name, seconds)));
    }

    /** Cores used by each process since {@link #start()}, their {@code total}, and the other processes'. */
    public synchronized Map<String, Double> cores() {
        double wall = (System.nanoTime() - startNanos) / 1e9;
        Map<String, Double> cores = new LinkedHashMap<>();
        pids.forEach((name, pid) -> ProcStat.cpuSeconds(pid).ifPresent(now -> {
            if (start.containsKey(name)) {
                cores.put(name, (now - start.get(name)) / wall);
            }
        }));
        double ours = cores.values().stream().mapToDouble(Double::doubleValue).sum();
        cores.put("total", ours);
        double machine = (ProcStat.machineBusySeconds().orElse(Double.NaN) - startMachine) / wall;
        if (!Double.isNaN(machine)) {
            cores.put(OTHERS, Math.max(0, machine - ours));
        }
        return cores;
    }
}
