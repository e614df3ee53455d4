/**
 * Runbook steps' outbound HTTP: which hosts a step may call ({@code scaleplan.incident.http.allowed-hosts}), checked
 * before any connection, and the calls themselves, each with its step's idempotency key, its timeout and a circuit
 * breaker per target.
 */
package org.scaleplan.incident.outbound;
