package org.scaleplan.bench.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** What Linux's {@code /proc/<pid>} says about a process: CPU time used and resident memory. */
public final class ProcStat {

    /** USER_HZ: the unit of the CPU times in {@code /proc/<pid>/stat}, 100 on every Linux of the last decades. */
    static final double TICKS_PER_SECOND = 100.0;

    private ProcStat() {
    }

    /** User plus system CPU time so far, in seconds; empty once the process is gone. */
    public static OptionalDouble cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name and the state.
            return OptionalDouble.of((Long.parseLong(fields[11]) + Long.parseLong(fields[12]))
                    / TICKS_PER_SECOND);
        } catch (IOException | RuntimeException gone) {
            return OptionalDouble.empty();
        }
    }

    /**
     * CPU time the whole machine spent busy so far (user, nice, system, irq, softirq, steal: the first line of
     * {@code /proc/stat}), in seconds summed over its cores.
     */
    public static OptionalDouble machineBusySeconds() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).split("\\s+");
            long busy = 0;
            for (int field : new int[] {1, 2, 3, 6, 7, 8}) {
                busy += Long.parseLong(cpu[field]);
            }
            return OptionalDouble.of(busy / TICKS_PER_SECOND);
        } catch (IOException | RuntimeException unreadable) {
            return OptionalDouble.empty();
        }
    }

    /** {@code VmRSS} in kB: the process's resident set (heap, metaspace, code, threads, mapped files in memory). */
    public static OptionalLong residentKb(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                    .findFirst();
        } catch (IOException gone) {
            return OptionalLong.empty();
        }
    }
}
