/**
 * Test support: real infrastructure ({@link org.scaleplan.testsupport.Infrastructure}) and a plain Kafka client
 * ({@link org.scaleplan.testsupport.KafkaProbe}) for integration and end-to-end tests.
 */
package org.scaleplan.testsupport;
