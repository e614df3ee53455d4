package org.scaleplan.security.audit;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.access.Outcome;

/** Filters of {@code GET /v1/audit}; each absent filter matches everything. */
record AuditQuery(@Nullable String system, @Nullable String actor, @Nullable Outcome outcome,
        @Nullable String service) {
}
