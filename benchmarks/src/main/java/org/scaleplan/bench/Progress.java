package org.scaleplan.bench;

import java.io.PrintStream;
import java.time.Duration;

/** Progress lines on the console, each with the time since the benchmark started. */
public final class Progress {

    private final PrintStream out;
    private final long started = System.nanoTime();

    public Progress(PrintStream out) {
        this.out = out;
    }

    /** A new part of the run. */
    public void step(String text) {
        out.printf("%s ==> %s%n", elapsed(), text);
    }

    /** A detail of the current part. */
    public void info(String text) {
        out.printf("%s     %s%n", elapsed(), text);
    }

    private String elapsed() {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        return String.format("[%02d:%02d]", elapsed.toMinutes(), elapsed.toSecondsPart());
    }
}
