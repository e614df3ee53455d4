package org.scaleplan.ingest;

import java.time.Clock;

import org.scaleplan.access.DecisionEnforcer;
import org.scaleplan.contracts.EventTypes;
import org.scaleplan.messaging.BatchPublisher;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.MeterRegistry;

/** Wires the intake: rules, reader, idempotency, the circuit breaker around Kafka, and decision enforcement. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IngestProperties.class)
class IngestConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    SampleRules sampleRules(IngestProperties limits, Clock clock) {
        return new SampleRules(limits, clock);
    }

    @Bean
    MetricsBatchReader metricsBatchReader(SampleRules rules, IngestProperties limits, Clock clock) {
        return new MetricsBatchReader(rules, limits, clock);
    }

    /**
     * Opens when half of the last ten publishes failed, and then refuses at once for {@code retry-after} before
     * letting two trial requests through: a broker outage answers fast 503s instead of piling up requests.
     */
    @Bean
    CircuitBreaker kafkaCircuitBreaker(IngestProperties limits) {
        return CircuitBreaker.of("kafka", CircuitBreakerConfig.custom()
                .slidingWindowSize(10)
                .minimumNumberOfCalls(4)
                .failureRateThreshold(50)
                .waitDurationInOpenState(limits.retryAfter())
                .permittedNumberOfCallsInHalfOpenState(2)
                .build());
    }

    @Bean
    Intake intake(KafkaTemplate<byte[], byte[]> kafka, StringRedisTemplate redis, CircuitBreaker kafkaCircuitBreaker,
            DecisionEnforcer decisions, IngestProperties limits, MeterRegistry meters, Clock clock) {
        return new Intake(new BatchPublisher(kafka, EventTypes.METRICS_INGEST),
                new IdempotencyKeys(redis, limits.idempotencyWindow()), kafkaCircuitBreaker, decisions, limits, meters,
                clock);
    }
}
