package org.scaleplan.bench.latency;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The moment ({@link System#nanoTime()}) something awaited arrived, completed by whoever saw it. */
final class Arrivals {

    private Arrivals() {
    }

    /** The arrival's moment, or empty when it did not come within {@code patience}. */
    static OptionalLong within(CompletableFuture<Long> arrival, Duration patience) {
        try {
            return OptionalLong.of(arrival.get(patience.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException notSeen) {
            return OptionalLong.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
