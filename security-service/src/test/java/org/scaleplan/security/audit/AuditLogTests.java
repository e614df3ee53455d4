package org.scaleplan.security.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.access.ActionAudited;
import org.scaleplan.contracts.access.Outcome;
import org.scaleplan.messaging.Bounds;

class AuditLogTests {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final AuditLog log = new AuditLog(3, new Bounds(meters));

    @Test
    void keepsTheNewestEntriesWithinItsCapacityCountingEachItLetsGo() {
        for (int i = 1; i <= 5; i++) {
            log.apply(audited("shop-prod", "key_" + i, Outcome.SUCCEEDED));
        }

        assertThat(log.query(entry -> true, 10)).extracting(ActionAudited::actorKeyId)
                .containsExactly("key_5", "key_4", "key_3");
        assertThat(meters.counter("scaleplan.bound.reached", "bound", AuditLog.VIEW_SIZE).count()).isEqualTo(2);
    }

    @Test
    void filtersBySystemActorAndOutcome() {
        log.apply(audited("shop-prod", "key_a", Outcome.SUCCEEDED));
        log.apply(audited("shop-eu", "key_a", Outcome.DENIED));
        log.apply(audited("shop-prod", "key_b", Outcome.DENIED));

        assertThat(log.query(AuditLog.matching(new AuditQuery("shop-prod", null, null, null)), 10)).hasSize(2);
        assertThat(log.query(AuditLog.matching(new AuditQuery(null, "key_a", Outcome.DENIED, null)), 10))
                .singleElement().extracting(ActionAudited::system).isEqualTo("shop-eu");
        assertThat(log.query(AuditLog.matching(new AuditQuery(null, null, null, "cost-service")), 10)).isEmpty();
    }

    private static ActionAudited audited(String system, String actor, Outcome outcome) {
        return new ActionAudited(UUID.randomUUID(), Instant.parse("2026-11-27T10:00:00Z"), system,
                "incident-service", actor, "on-call", "POST /v1/incidents/{id}/ack", "/v1/incidents/inc-1/ack",
                outcome == Outcome.SUCCEEDED ? 200 : 403, outcome);
    }
}
