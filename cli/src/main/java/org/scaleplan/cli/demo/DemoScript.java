package org.scaleplan.cli.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the demo's synthetic system reports, minute by minute of event time: active users growing exponentially from
 * 300 to 22,000 in 36 minutes and holding there (every level holds long enough for the 5-minute stabilization
 * window), spend that grows with them, an error spike, and a burst of failed logins from one address near the end.
 * Pure, so what the demo sends is tested without a stack.
 */
final class DemoScript {

    static final int MINUTES = 52;
    static final int ERROR_SPIKE_FROM = 20;
    static final int ERROR_SPIKE_TO = 26;
    static final int AUTH_BURST_AT = 40;
    static final String ATTACKER = "203.0.113.66";
    private static final double GROWTH_PER_MINUTE = Math.log(22_000 / 300.0) / 36;

    private DemoScript() {
    }

    /** Active users at minute {@code minute}: 300 at 0, past 1,000 at 11, 5,000 at 24 and 20,000 at 36. */
    static long users(int minute) {
        return Math.round(300 * Math.exp(GROWTH_PER_MINUTE * Math.min(minute, 36)));
    }

    /** The JSON batch for {@code POST /v1/metrics} at minute {@code minute} of a run that started at {@code t0}. */
    static String batch(String system, Instant t0, int minute) {
        Instant at = t0.plus(Duration.ofMinutes(minute));
        List<String> samples = new ArrayList<>();
        samples.add(sample("active_users", users(minute), at, ""));
        // Cumulative spend: servers at 0.1 cent per user-minute, AI at a tenth of that.
        samples.add(sample("cost_usd_total", spend(minute, 0.001), at, "\"category\": \"server\""));
        samples.add(sample("cost_usd_total", spend(minute, 0.0001), at, "\"category\": \"ai\""));
        boolean spiking = minute >= ERROR_SPIKE_FROM && minute <= ERROR_SPIKE_TO;
        samples.add(sample("http_error_ratio", spiking ? 0.12 : 0.002, at, ""));
        samples.add(sample("http_request_duration_seconds", 0.18, at, "\"quantile\": \"0.99\""));
        if (minute >= AUTH_BURST_AT - 1) {
            samples.add(sample("auth_failures_total", minute >= AUTH_BURST_AT ? 60 : 0, at,
                    "\"client_ip\": \"" + ATTACKER + "\", \"user\": \"admin\""));
        }
        return "{\"system\": \"" + system + "\", \"samples\": [" + String.join(", ", samples) + "]}";
    }

    private static double spend(int minute, double usdPerUserMinute) {
        double total = 0;
        for (int m = 0; m < minute; m++) {
            total += users(m) * usdPerUserMinute;
        }
        return Math.round(total * 100) / 100.0;
    }

    private static String sample(String name, double value, Instant at, String labels) {
        return String.format(Locale.ROOT, "{\"name\": \"%s\", \"value\": %s, \"timestamp\": \"%s\", \"labels\": {%s}}",
                name, value, at, labels);
    }
}
