package org.scaleplan.e2e;

import java.time.Instant;

/** The body Alertmanager (webhook version 4) posts for one firing alert about {@code system}. */
final class AlertmanagerPayload {

    private AlertmanagerPayload() {
    }

    static String firing(String system, String alertname, String summary, String fingerprint) {
        return """
                {"version": "4", "groupKey": "{}:{alertname=\\"%2$s\\"}", "truncatedAlerts": 0, "status": "firing",
                 "receiver": "scaleplan", "groupLabels": {}, "commonLabels": {}, "commonAnnotations": {},
                 "externalURL": "http://alertmanager:9093",
                 "alerts": [{"status": "firing", "labels": {"alertname": "%2$s", "system": "%1$s", "severity": "warning"},
                   "annotations": {"summary": "%3$s"}, "startsAt": "%4$s", "endsAt": "0001-01-01T00:00:00Z",
                   "generatorURL": "http://prometheus:9090/graph", "fingerprint": "%5$s"}]}
                """.formatted(system, alertname, summary, Instant.now(), fingerprint);
    }
}
