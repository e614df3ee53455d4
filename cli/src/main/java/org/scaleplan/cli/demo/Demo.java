package org.scaleplan.cli.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.kafka.common.KafkaException;
import org.scaleplan.cli.demotarget.DemoTarget;

/**
 * {@code demo}: feeds a synthetic system into a running stack and prints what Scaleplan makes of it as it happens:
 * phase changes with their actions, forecasts, cost projections and budget alerts, postures, alerts, incidents and
 * each runbook step (the runbooks call the local target this command serves), security detections and decisions,
 * then a summary. Event time is compressed: the system's {@value DemoScript#MINUTES} minutes end now.
 */
public final class Demo {

    static final int BUDGET_USD = 3_000;
    private static final Duration SETTLE = Duration.ofSeconds(15);

    private Demo() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) throws InterruptedException {
        DemoOptions options = DemoOptions.parse(args);
        DemoTarget target = startTarget(options, out, err);
        DemoApi api = new DemoApi(options);
        try {
            DemoFeed feed = new DemoFeed(options, api, out);
            Thread feeding = new Thread(feed, "demo-feed");
            feeding.start();
            Instant started = Instant.now();
            play(options, api, out);
            out.printf("── fed %d minutes of %s; waiting %d s for the last decisions ...%n", DemoScript.MINUTES,
                    options.system(), SETTLE.toSeconds());
            Thread.sleep(SETTLE.toMillis());
            feed.stop();
            feeding.join(5_000);
            out.print(summary(options.system(), feed.counts(), Duration.between(started, Instant.now())));
            return 0;
        } catch (DemoException | KafkaException e) {
            err.println("demo: " + e.getMessage());
            return 1;
        } finally {
            if (target != null) {
                target.stop();
            }
        }
    }

    private static void play(DemoOptions options, DemoApi api, PrintStream out) throws InterruptedException {
        out.printf("── %s: a synthetic system growing from 300 to 22,000 active users, with a budget of %,d USD a"
                + " month; runbooks call the local target on port %d%n", options.system(), BUDGET_USD,
                options.targetPort());
        api.setBudget(options.system(), BUDGET_USD);
        Instant t0 = Instant.now().minus(Duration.ofMinutes(DemoScript.MINUTES));
        for (int minute = 0; minute <= DemoScript.MINUTES; minute++) {
            api.sendMetrics(DemoScript.batch(options.system(), t0, minute));
            if (minute % 5 == 0 || minute == DemoScript.ERROR_SPIKE_FROM || minute == DemoScript.AUTH_BURST_AT) {
                out.println(progress(minute));
            }
            Thread.sleep(options.minuteMillis());
        }
    }

    static String progress(int minute) {
        String note = minute == DemoScript.ERROR_SPIKE_FROM ? ", errors at 12% for 7 minutes"
                : minute == DemoScript.AUTH_BURST_AT ? ", 60 failed logins from " + DemoScript.ATTACKER : "";
        return String.format(Locale.ROOT, "── minute %2d of %d: %,d active users%s", minute, DemoScript.MINUTES,
                DemoScript.users(minute), note);
    }

    static String summary(String system, Map<String, Integer> counts, Duration took) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "%nSummary of %s (%d minutes of its time in %d s):%n", system, DemoScript.MINUTES, took.toSeconds()));
        row(text, "phase changes", counts, "phase.changed");
        row(text, "phase forecasts", counts, "phase.forecast");
        row(text, "cost projections", counts, "cost.projected");
        row(text, "budget thresholds crossed", counts, "cost.budget-threshold-crossed");
        row(text, "security postures", counts, "security.posture-changed");
        row(text, "alerts fired / resolved", counts, "alert.firing", "alert.resolved");
        row(text, "incidents opened / resolved", counts, "incident.opened", "incident.resolved");
        row(text, "runbook steps succeeded / failed", counts, "runbook.step-succeeded", "runbook.step-failed");
        row(text, "security incidents / decisions", counts, "security.incident-detected",
                "security.decision-issued");
        return text.append(String.format("See it all again: ./scaleplan events --system=%s --from-beginning%n",
                system)).toString();
    }

    private static void row(StringBuilder text, String label, Map<String, Integer> counts, String... types) {
        StringBuilder values = new StringBuilder();
        for (String type : types) {
            values.append(values.length() == 0 ? "" : " / ").append(counts.getOrDefault(type, 0));
        }
        text.append(String.format(Locale.ROOT, "  %-34s %s%n", label, values));
    }

    /** The runbooks' target, unless something (a target started by hand) already listens on its port. */
    private static DemoTarget startTarget(DemoOptions options, PrintStream out, PrintStream err) {
        try {
            return DemoTarget.start(options.targetPort(), out);
        } catch (RuntimeException taken) {
            err.println("demo: port " + options.targetPort() + " is taken; using the target already there");
            return null;
        }
    }
}
