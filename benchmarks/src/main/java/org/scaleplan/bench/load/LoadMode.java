package org.scaleplan.bench.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;

/**
 * {@code java -jar scaleplan-bench.jar load ...}: the load generator, run by the benchmark as a process of its own
 * so that its work is not counted to the measuring process. Progress goes to standard error, with a
 * {@value #MEASURING} and a {@value #DONE} line around the measured window, and the {@link LoadResult} to standard
 * output at the end.
 */
public final class LoadMode {

    static final String MEASURING = "phase: measuring";
    static final String DONE = "phase: done";
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

    private LoadMode() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) throws InterruptedException {
        LoadOptions options = LoadOptions.parse(args);
        Recorder recorder = new Recorder(options.format(), options.clients(), options.format().batch());
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> clients = start(options, recorder, running);
        LockSupport.parkNanos(options.warmup().toNanos());
        recorder.start();
        err.println(MEASURING);
        measure(options, recorder, err);
        recorder.stop();
        err.println(DONE);
        running.set(false);
        for (Thread client : clients) {
            client.join(TimeUnit.SECONDS.toMillis(35));
        }
        out.println(recorder.result().line());
        return 0;
    }

    private static List<Thread> start(LoadOptions options, Recorder recorder, AtomicBoolean running) {
        List<Thread> clients = IntStream.range(0, options.clients()).mapToObj(i -> new Thread(
                new LoadClient(options, i, recorder, running), "load-" + i)).toList();
        clients.forEach(Thread::start);
        return clients;
    }

    /** Until the measured time is over, or until standard input closes when no time is set. */
    private static void measure(LoadOptions options, Recorder recorder, PrintStream err) throws InterruptedException {
        CountDownLatch ended = new CountDownLatch(1);
        if (options.measure().isZero()) {
            Thread reader = new Thread(() -> awaitEndOfInput(System.in, ended), "stdin");
            reader.setDaemon(true);
            reader.start();
        }
        long end = options.measure().isZero() ? Long.MAX_VALUE : System.nanoTime() + options.measure().toNanos();
        long samples = 0;
        while (!ended.await(Math.min(PROGRESS_EVERY.toNanos(), end - System.nanoTime()), TimeUnit.NANOSECONDS)
                && System.nanoTime() < end) {
            long now = recorder.samples();
            err.printf("  %s, %d client(s): %,.0f samples/s%n", options.format().label(), options.clients(),
                    (now - samples) / (double) PROGRESS_EVERY.toSeconds());
            samples = now;
        }
    }

    private static void awaitEndOfInput(InputStream in, CountDownLatch ended) {
        try {
            while (in.read() >= 0) {
                // the benchmark only closes it
            }
        } catch (IOException closed) {
            // closed is the end as well
        }
        ended.countDown();
    }
}
