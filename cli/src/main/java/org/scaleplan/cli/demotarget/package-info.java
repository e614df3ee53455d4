/**
 * The {@code target} tool: the local HTTP endpoint that the shipped runbooks call on {@code localhost:8099}. It
 * stands in for a chat webhook, a scaler or a status page, and counts what it was asked to do by
 * {@code Idempotency-Key}, so a demo shows each action and a fault test can check that none was applied twice.
 */
package org.scaleplan.cli.demotarget;
