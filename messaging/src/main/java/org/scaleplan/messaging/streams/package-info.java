/**
 * For the services that decide in Kafka Streams (phase-evaluator, cost-service): running a topology as part of the
 * service, with its health, and reading, forwarding and dead-lettering records the way the binder does.
 */
package org.scaleplan.messaging.streams;
