/**
 * Kafka plumbing shared by every service: contract records as keyed messages with CloudEvents headers,
 * synchronous acknowledged publishing that enforces one writer per topic, and the binder defaults
 * ({@code scaleplan-defaults.yml}: acks=all, idempotent producer, a dead-letter topic for every consumer binding).
 */
package org.scaleplan.messaging;
