package org.scaleplan.cost;

import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where this module's ITs place their samples in event time. They share one broker, and each Streams application
 * under test reads the samples topic from its start; a partition's stream time only moves forward, and a system more
 * than the staleness period behind it has gone (Staleness), its samples too late to count. So each test takes a
 * month after every one taken before it in this JVM, and after now, since budgets are stamped with the wall clock.
 */
final class Novembers {

    private static final AtomicInteger nextYear = new AtomicInteger(Year.now(ZoneOffset.UTC).getValue() + 1);

    private Novembers() {
    }

    /** The start of a November (30 days, so forecasts are easy to check by hand) no test has used yet. */
    static Instant next() {
        return Year.of(nextYear.getAndIncrement()).atMonth(11).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
