package org.scaleplan.bench.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.scaleplan.bench.Progress;
import org.scaleplan.testsupport.Processes;

/** A {@link LoadMode} process, started from this very jar, and its {@link LoadResult}. */
public final class LoadProcess {

    /** Told when the load process starts and ends its measured window. */
    public interface Window {
        void opened();

        void closed();

        /** A window that only runs {@code action} when it opens. */
        static Window opening(Runnable action) {
            return new Window() {
                @Override
                public void opened() {
                    action.run();
                }

                @Override
                public void closed() {
                    // nothing to do
                }
            };
        }
    }

    private static final List<String> JVM = List.of("-Xms64m", "-Xmx384m");

    private final Process process;
    private final CompletableFuture<LoadResult> result = new CompletableFuture<>();

    private LoadProcess(Process process) {
        this.process = process;
    }

    public static LoadProcess start(LoadOptions options, Progress progress, Window window) {
        List<String> command = new ArrayList<>(List.of(Processes.jdkTool("java")));
        command.addAll(JVM);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.scaleplan.bench.Bench", "load"));
        command.addAll(options.toArguments());
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE);
        builder.environment().put(LoadOptions.KEY_VARIABLE, options.key());
        try {
            LoadProcess load = new LoadProcess(builder.start());
            Runtime.getRuntime().addShutdownHook(new Thread(load.process::destroyForcibly));
            load.read(load.process.getErrorStream(), line -> load.progress(line, progress, window), false);
            load.read(load.process.getInputStream(), load::resultLine, true);
            return load;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long pid() {
        return process.pid();
    }

    /** Waits for the result of a load with a measured time. */
    public LoadResult await(Duration patience) {
        try {
            return result.get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IllegalStateException("the load process gave no result (exit " + exitValue() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Ends a background load (closes its input) and waits for its result. */
    public LoadResult stop() {
        try {
            process.getOutputStream().close();
        } catch (IOException alreadyClosed) {
            // it ended by itself; its result says so
        }
        return await(Duration.ofSeconds(60));
    }

    private String exitValue() {
        return process.isAlive() ? "none yet" : String.valueOf(process.exitValue());
    }

    private void progress(String line, Progress progress, Window window) {
        if (line.equals(LoadMode.MEASURING)) {
            window.opened();
        } else if (line.equals(LoadMode.DONE)) {
            window.closed();
        } else if (line.startsWith("  ")) {
            progress.info(line.strip());
        } else {
            progress.info("load: " + line);
        }
    }

    private void resultLine(String line) {
        if (line.startsWith(LoadResult.PREFIX)) {
            result.complete(LoadResult.parse(line));
        }
    }

    /** Reads the stream's lines on a thread of its own; at the end of standard output, the result is due. */
    private void read(InputStream stream, Consumer<String> lines, boolean isResultStream) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                in.lines().forEach(lines);
            } catch (IOException | UncheckedIOException ended) {
                // the process is gone
            }
            if (isResultStream) {
                result.completeExceptionally(new IllegalStateException("the load process ended without a result"));
            }
        }, "load-output");
        reader.setDaemon(true);
        reader.start();
    }
}
