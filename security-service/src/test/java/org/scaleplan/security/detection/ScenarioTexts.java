package org.scaleplan.security.detection;

import java.util.LinkedHashMap;
import java.util.Map;

/** Valid scenario files, one of each shape, and sets of files by name, for the parser tests. */
final class ScenarioTexts {

    /** A valid leaky scenario; the line numbers are those {@link ScenarioFileProblemsTests} refers to. */
    static final String LEAKY = """
            scenarios:
              - id: auth-failure-spike
                description: many failed logins
                source: metrics
                metric: auth_failures_total
                group-by: client_ip
                scope: ADDRESS
                kind: leaky
                capacity: 20
                leak: 1/10s
                mode: live
                severity: warning
                decision: {action: BLOCK, ttl: 5m, max-ttl: 24h}
            """;

    static final String ACCESS = """
            scenarios:
              - id: api-rate-limit-abuse
                source: access
                match: {status: "429"}
                group-by: actor-key
                scope: KEY
                kind: leaky
                capacity: 10
                leak: 1/1m
                mode: shadow
                severity: warning
            """;

    static final String SURGE = """
            scenarios:
              - id: traffic-surge
                source: metrics
                metric: http_requests_total
                kind: surge
                window: 1m
                factor: 5
                min-rate: 50
                warmup: 10m
                mode: live
                severity: critical
            """;

    /** The valid texts by name, for tables that spoil one line of one of them. */
    static final Map<String, String> BY_NAME = Map.of("leaky", LEAKY, "access", ACCESS, "surge", SURGE);

    static Map<String, String> files(String... namesAndTexts) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            files.put(namesAndTexts[i], namesAndTexts[i + 1]);
        }
        return files;
    }

    private ScenarioTexts() {
    }
}
