package org.scaleplan.bench.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.scaleplan.testsupport.Processes;

/**
 * Java Flight Recordings of running processes, started and stopped with {@code jcmd} (no restart, nothing on their
 * command line), so profiling is confined to one load window and leaves the start-up and memory figures alone.
 */
public final class Profiler {

    private static final String NAME = "scaleplan-bench";

    private final Map<String, Long> pids;
    private final Path dir;
    private final Map<String, Path> recordings = new LinkedHashMap<>();

    public Profiler(Map<String, Long> pids, Path dir) {
        this.pids = pids;
        this.dir = dir;
    }

    /** Starts a recording (the JDK's {@code profile} settings: a stack sample every 10 ms per thread) in each. */
    public void start() {
        pids.forEach((name, pid) -> {
            Path file = dir.resolve(name + ".jfr");
            if (jcmd(pid, "JFR.start", "name=" + NAME, "settings=profile", "filename=" + file)) {
                recordings.put(name, file);
            }
        });
    }

    /** Stops the recordings, which writes them; answers the files by process name. */
    public Map<String, Path> stop() {
        recordings.forEach((name, file) -> jcmd(pids.get(name), "JFR.stop", "name=" + NAME));
        return recordings;
    }

    private static boolean jcmd(long pid, String... command) {
        List<String> line = new ArrayList<>(List.of(Processes.jdkTool("jcmd"), String.valueOf(pid)));
        line.addAll(List.of(command));
        try {
            Process jcmd = new ProcessBuilder(line).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return jcmd.waitFor(60, TimeUnit.SECONDS) && jcmd.exitValue() == 0;
        } catch (IOException e) {
            throw new UncheckedIOException("jcmd could not run (a JDK, not a JRE, is needed to profile)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
