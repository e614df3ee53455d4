/**
 * The access library every Scaleplan service uses: {@code Authorization: Bearer <key>} checked against the key
 * store in Redis (with a short local cache), roles and system scope from the service's
 * {@link org.scaleplan.access.AccessPolicy}, distributed rate limits, {@code application/problem+json} refusals
 * and the audit of admin and operator actions. Auto-configured; {@code docs/access.md} describes what callers see.
 * This package holds what services use (keys, roles, callers, the policy) and the request filter.
 */
package org.scaleplan.access;
