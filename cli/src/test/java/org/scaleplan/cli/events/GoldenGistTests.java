package org.scaleplan.cli.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scaleplan.cli.events.Fixtures.AT;
import static org.scaleplan.cli.events.Fixtures.ID;

import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scaleplan.contracts.EventType;
import org.scaleplan.contracts.EventTypes;
import org.scaleplan.contracts.ScaleplanEvent;

/** The gist of every record type, on contracts' golden records; {@link GistTests} has the variants. */
class GoldenGistTests {

    /** Every record type's golden record (contracts' test resources) and the gist it must read as. */
    static Stream<Arguments> goldenGists() {
        return Stream.of(
                row("scaleplan.metric.sample", "active_users{region=\"eu\"} 1234"),
                row("scaleplan.phase.changed", "phase 1 → 2 (Growth) at 1,234 active users: load balancing, "
                        + "database replication, enhanced monitoring, advanced security"),
                row("scaleplan.phase.forecast", "phase 2 at 1,234 active users, +85.5 users/day: "
                        + "phase 3 (5,000 users) expected 2027-01-10T18:30:00Z"),
                row("scaleplan.alert.firing", "firing HighErrorRate [critical] value 0.083, threshold 0.05: "
                        + "http_error_ratio 0.083 > 0.05 for 2m"),
                row("scaleplan.alert.resolved", "resolved HighErrorRate [critical] value 0.004 after firing 21m"),
                row("scaleplan.cost.budget-threshold-crossed",
                        "forecasted spend $812.40 reached 80% of the $1,000.00 budget for 2026-11"),
                row("scaleplan.cost.projected",
                        "phase 2 projected at $740.00/month, $0.5997 per user, within the $1,000.00 budget"),
                row("scaleplan.cost.anomaly-detected", "compute spend $3.90/h, baseline $1.20/h (+$2.70/h, +225%)"),
                row("scaleplan.cost.budget-set",
                        "budget $1,000.00/month, thresholds 50%, 80%, 100% of actual and forecasted spend, "
                                + "set by admin-1"),
                row("scaleplan.cost.budget-removed", "budget removed by admin-1"),
                row("scaleplan.security.incident-detected", "auth-brute-force [critical] from address 203.0.113.7: "
                        + "412 auth failures from 203.0.113.7 in 5m (limit 50)"),
                row("scaleplan.security.decision-issued", "block address 203.0.113.7 until 2026-11-27T13:03:05Z "
                        + "(auth-brute-force), decision dec-7f3a91c2"),
                row("scaleplan.security.decision-expired", "decision dec-7f3a91c2 on address 203.0.113.7 ended: ttl"),
                row("scaleplan.security.posture-changed", "posture advanced for phase 2: "
                        + "auth-failure-limit-per-5m=50, mfa-for-admins=required, rate-limit-per-minute=600"),
                row("scaleplan.incident.opened",
                        "inc-20261127-0001 opened [critical] from alert: HighErrorRate on shop-prod"),
                row("scaleplan.incident.repeated", "inc-20261127-0001 repeated [critical]: HighErrorRate on shop-prod"),
                row("scaleplan.incident.acknowledged", "inc-20261127-0001 acknowledged by oncall-sre"),
                row("scaleplan.incident.resolved", "inc-20261127-0001 resolved by incident-service: alert resolved"),
                row("scaleplan.incident.escalated",
                        "inc-20261127-0001 escalated: runbook step verify-recovery failed after 3 attempts"),
                row("scaleplan.runbook.step-started",
                        "inc-20261127-0001 step high-error-rate/page (http) attempt 1 started"),
                row("scaleplan.runbook.step-succeeded",
                        "inc-20261127-0001 step high-error-rate/page attempt 1 succeeded: HTTP 202"),
                row("scaleplan.runbook.step-failed", "inc-20261127-0001 step high-error-rate/verify-recovery "
                        + "attempt 3 failed, no retry: timed out after 15m: http_error_ratio 0.061 not < 0.01"),
                row("scaleplan.incident.action-requested",
                        "inc-20261127-0002 requests block-client address=203.0.113.7, ttl=1h"),
                row("scaleplan.api-key.issued", "key key_4f9c2a7d1e83b605 \"prometheus shop-prod\" issued by "
                        + "bootstrap: roles [ingest], systems [shop-prod], expires 2027-11-27T00:00:00Z"),
                row("scaleplan.api-key.revoked",
                        "key key_4f9c2a7d1e83b605 \"prometheus shop-prod\" revoked by key_0a1b2c3d4e5f6a7b"),
                row("scaleplan.access.action-audited", "on-call alice (key_7e2d9a4c1b6f3085) "
                        + "POST /v1/incidents/inc-42/ack on incident-service: 200 succeeded"));
    }

    private static Arguments row(String ceType, String gist) {
        return Arguments.of(ceType, gist);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenGists")
    void wordsEveryGoldenRecord(String ceType, String gist) {
        assertThat(Gist.of(Fixtures.golden(ceType))).isEqualTo(gist);
    }

    @Test
    void hasAGoldenGistForEveryRegisteredRecordType() {
        // A record type added to contracts fails here until it has its own wording and row above.
        assertThat(goldenGists().map(row -> (String) row.get()[0]))
                .containsExactlyInAnyOrderElementsOf(EventTypes.ALL.stream().map(EventType::type).toList());
    }

    @Test
    void showsARecordTypeItDoesNotKnowAsItsJson() {
        record Unregistered(UUID eventId, Instant occurredAt, String key) implements ScaleplanEvent {
        }

        assertThat(Gist.of(new Unregistered(ID, AT, "shop-prod")))
                .isEqualTo("{\"eventId\":\"" + ID + "\",\"occurredAt\":\"" + AT + "\",\"key\":\"shop-prod\"}");
    }
}
