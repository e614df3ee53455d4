/**
 * The system under test: a broker process, Redis and the five services from their boot jars (test-support's
 * KafkaProcess and ServiceProcess), their start-up times, CPU use and resident memory from {@code /proc}, and flight
 * recordings started in them with {@code jcmd}.
 */
@NullMarked
package org.scaleplan.bench.stack;

import org.jspecify.annotations.NullMarked;
