package org.scaleplan.bench.soak.check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scaleplan.bench.soak.fleet.FailingPod;
import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.alert.AlertFiring;
import org.scaleplan.contracts.alert.AlertResolved;

/**
 * Every alert resolves: on {@code scaleplan.alerts.v1}, each fingerprint alternates firing and resolved and ends
 * resolved. The alerts of every pod that failed right before it vanished fire, and their last resolution says the
 * series has gone, as of its last sample plus the staleness period. No pod that never failed has an alert.
 */
public final class AlertsResolvedCheck {

    static final String GONE = "series gone";
    /** The shipped rule a failing pod's error ratio (0.2) breaks: above 5 % for 2 minutes. */
    static final String FAILING_ALERT = "HighErrorRate";
    private static final String POD = "pod";

    private AlertsResolvedCheck() {
    }

    /** @param alerts the topic's alert events, each fingerprint's in the order they were published */
    public static CheckResult check(List<SystemEvent> alerts, List<FailingPod> failing, Duration staleness) {
        List<String> violations = new ArrayList<>();
        Map<String, List<SystemEvent>> byFingerprint = new LinkedHashMap<>();
        alerts.forEach(alert -> byFingerprint.computeIfAbsent(fingerprint(alert), f -> new ArrayList<>()).add(alert));
        byFingerprint.forEach((fingerprint, events) -> alternates(fingerprint, events, violations));
        Map<String, FailingPod> pods = new HashMap<>();
        failing.forEach(pod -> pods.put(pod.system() + "/" + pod.pod(), pod));
        Map<String, Map<String, AlertResolved>> lastResolved = new HashMap<>();
        for (SystemEvent alert : alerts) {
            String pod = alert.system() + "/" + labels(alert).getOrDefault(POD, "");
            if (labels(alert).containsKey(POD) && !pods.containsKey(pod)) {
                violations.add(fingerprint(alert) + ": an alert of a pod that never failed");
            }
            if (alert instanceof AlertResolved resolved) {
                lastResolved.computeIfAbsent(pod, p -> new HashMap<>()).put(resolved.fingerprint(), resolved);
            }
        }
        failing.forEach(pod -> endedAsGone(pod, lastResolved.getOrDefault(pod.system() + "/" + pod.pod(), Map.of()),
                staleness, violations));
        long fired = alerts.stream().filter(AlertFiring.class::isInstance).count();
        String summary = String.format("%,d alerts fired, %,d resolved; %,d pods failed and vanished, their alerts "
                + "resolved as gone at their last sample + %s", fired, alerts.size() - fired, failing.size(),
                staleness);
        return new CheckResult("alerts of vanished series resolved", summary, violations);
    }

    private static void alternates(String fingerprint, List<SystemEvent> events, List<String> violations) {
        boolean firing = false;
        for (SystemEvent event : events) {
            boolean fires = event instanceof AlertFiring;
            if (fires == firing) {
                violations.add(fingerprint + (fires ? ": fired again while firing" : ": resolved while not firing")
                        + " at " + event.occurredAt());
            }
            firing = fires;
        }
        if (firing) {
            violations.add(fingerprint + ": still firing at the end");
        }
    }

    /** Each alert of a failed pod ended as gone, the critical one among them. */
    private static void endedAsGone(FailingPod pod, Map<String, AlertResolved> resolved, Duration staleness,
            List<String> violations) {
        String name = pod.system() + "/" + pod.pod();
        if (resolved.values().stream().noneMatch(r -> r.alertname().equals(FAILING_ALERT))) {
            violations.add(name + ": failed, but no " + FAILING_ALERT + " of it fired and resolved");
        }
        for (AlertResolved last : resolved.values()) {
            if (last.reason() == null || !last.reason().startsWith(GONE)) {
                violations.add(last.fingerprint() + ": resolved with reason '" + last.reason() + "', not '" + GONE
                        + "'");
            } else if (!last.endsAt().equals(pod.lastSample().plus(staleness))) {
                violations.add(last.fingerprint() + ": ended at " + last.endsAt() + ", not at its last sample "
                        + pod.lastSample() + " + " + staleness);
            }
        }
    }

    private static String fingerprint(SystemEvent alert) {
        return alert instanceof AlertFiring f ? f.fingerprint() : ((AlertResolved) alert).fingerprint();
    }

    private static Map<String, String> labels(SystemEvent alert) {
        return alert instanceof AlertFiring f ? f.labels() : ((AlertResolved) alert).labels();
    }
}
