package org.scaleplan.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The machine the figures were measured on.
 *
 * @param niceness the benchmark's nice value, which every process it starts inherits
 * @param loadAverage the 1, 5 and 15 minute load averages when the run started: how busy others kept the machine
 */
public record Machine(int cores, long memoryMb, String cpu, String os, String kernel, String java, int niceness,
        String loadAverage) {

    public static Machine here() {
        return new Machine(Runtime.getRuntime().availableProcessors(), memoryKb() / 1024,
                field(lines("/proc/cpuinfo"), "model name").orElse("unknown"),
                field(lines("/etc/os-release"), "PRETTY_NAME").map(name -> name.replace("\"", "")).orElse("unknown"),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                currentNiceness(),
                lines("/proc/loadavg").stream().map(line -> String.join(" ", List.of(line.split(" ")).subList(0, 3)))
                        .findFirst().orElse("unknown"));
    }

    private static long memoryKb() {
        return field(lines("/proc/meminfo"), "MemTotal").map(kb -> Long.parseLong(kb.replaceAll("[^0-9]", "")))
                .orElse(0L);
    }

    /** Field 19 of {@code /proc/self/stat}; 17th after the command name and its closing parenthesis. */
    private static int currentNiceness() {
        List<String> stat = lines("/proc/self/stat");
        if (stat.isEmpty()) {
            return 0;
        }
        String line = stat.get(0);
        return Integer.parseInt(line.substring(line.lastIndexOf(')') + 2).split(" ")[16]);
    }

    /** The value of the first {@code name: value} or {@code name=value} line. */
    private static Optional<String> field(List<String> lines, String name) {
        return lines.stream().filter(line -> line.startsWith(name)).map(line -> line.replaceFirst("^[^:=]*[:=]", ""))
                .map(String::strip).findFirst();
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException unreadable) {
            return List.of();
        }
    }
}
