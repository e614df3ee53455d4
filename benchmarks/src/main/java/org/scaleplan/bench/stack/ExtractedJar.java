package org.scaleplan.bench.stack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.scaleplan.testsupport.Processes;

/**
 * A service's boot jar extracted as {@code ./scaleplan up} and the Dockerfile run it: the application jar beside a
 * {@code lib/} directory ({@code java -Djarmode=tools -jar <boot jar> extract}), which starts about a third faster
 * than the boot jar's nested jars.
 */
final class ExtractedJar {

    private ExtractedJar() {
    }

    /** Extracts {@code bootJar} into {@code directory} (replacing what is there); returns the jar to run. */
    static Path extract(Path bootJar, Path directory) {
        List<String> command = List.of(Processes.jdkTool("java"), "-Djarmode=tools", "-jar", bootJar.toString(), "extract", "--force", "--destination",
                directory.toString());
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("could not extract " + bootJar + " into " + directory);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not extract " + bootJar + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted extracting " + bootJar, e);
        }
        return directory.resolve(bootJar.getFileName());
    }
}
