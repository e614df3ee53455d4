package org.scaleplan.cli.demotarget;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import org.scaleplan.cli.Arguments;
import org.scaleplan.cli.UsageException;

/** The {@code target} command: runs the {@link DemoTarget} until Ctrl-C. */
public final class Target {

    static final int DEFAULT_PORT = 8099;

    private Target() {
    }

    /** Serves until Ctrl-C; answers the exit status (1 when the port cannot be listened on). */
    public static int run(List<String> args, PrintStream out, PrintStream err) throws InterruptedException {
        int port = port(Arguments.parse(args, Set.of("port"), Set.of()));
        DemoTarget target;
        try {
            target = DemoTarget.start(port, out);
        } catch (UncheckedIOException e) {
            err.println("target: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            target.stop();
            stopped.countDown();
        }, "target-shutdown"));
        err.printf("target: listening on http://localhost:%d/ (GET %s for the counts); Ctrl-C stops it%n",
                target.port(), DemoTarget.EFFECTS_PATH);
        stopped.await();
        return 0;
    }

    public static String usage() {
        return "target [--port=" + DEFAULT_PORT + "]\n"
                + "  The local HTTP target the shipped runbooks call: answers 200 to anything (503 under /fail/),\n"
                + "  applies each Idempotency-Key once (GET and HEAD apply nothing) and prints one line per request.\n"
                + "  Plays a scaler too: a read answers {\"replicas\": n}, a write of {\"replicas\": n} sets it.\n"
                + "  GET /_effects: the counts (effects, duplicates, failures, byKey, byPath, replicas);\n"
                + "  DELETE /_effects clears them.\n";
    }

    private static int port(Arguments arguments) {
        if (!arguments.positional().isEmpty()) {
            throw new UsageException("target takes no arguments, only --port");
        }
        String port = arguments.value("port").orElse(String.valueOf(DEFAULT_PORT));
        try {
            int number = Integer.parseInt(port);
            if (number >= 0 && number <= 65_535) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below, like an out-of-range number
        }
        throw new UsageException("--port must be a number from 0 to 65535, was '" + port + "'");
    }
}
