/** The audit trail: every admin and operator action on any Scaleplan API, queryable at {@code GET /v1/audit}. */
package org.scaleplan.security.audit;
