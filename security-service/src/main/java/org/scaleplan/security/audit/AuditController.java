package org.scaleplan.security.audit;

import java.util.List;
import java.util.function.Predicate;

import org.scaleplan.access.Caller;
import org.scaleplan.contracts.access.ActionAudited;
import org.scaleplan.contracts.access.Outcome;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /v1/audit}: who did what, when, and how it ended, newest first. An admin limited to systems sees
 * only actions on those systems.
 */
@RestController
class AuditController {

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/v1/audit")
    List<ActionAudited> audit(@RequestParam(required = false) String system,
            @RequestParam(required = false) String actor, @RequestParam(required = false) Outcome outcome,
            @RequestParam(required = false) String service,
            @RequestParam(defaultValue = "100") int limit, Caller caller) {
        Predicate<ActionAudited> inScope = entry -> caller.systems().isEmpty()
                || (entry.system() != null && caller.canSee(entry.system()));
        return log.query(AuditLog.matching(new AuditQuery(system, actor, outcome, service)).and(inScope),
                Math.max(1, Math.min(limit, 1000)));
    }
}
