package org.scaleplan.ingest;

import java.time.Clock;

import org.scaleplan.access.AccessAutoConfiguration;
import org.scaleplan.contracts.EventTypes;
import org.scaleplan.contracts.Topics;
import org.scaleplan.ingest.decisions.ActiveDecisions;
import org.scaleplan.ingest.decisions.DecisionFilter;
import org.scaleplan.messaging.BatchPublisher;
import org.scaleplan.messaging.TopicFold;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
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
            IngestProperties limits, MeterRegistry meters, Clock clock) {
        return new Intake(new BatchPublisher(kafka, EventTypes.METRICS_INGEST),
                new IdempotencyKeys(redis, limits.idempotencyWindow()), kafkaCircuitBreaker, limits, meters, clock);
    }

    @Bean
    ActiveDecisions activeDecisions() {
        return new ActiveDecisions();
    }

    @Bean
    TopicFold decisionFold(KafkaProperties kafka, ActiveDecisions decisions) {
        return new TopicFold(Topics.SECURITY_EVENTS, kafka.buildConsumerProperties(), decisions::apply);
    }

    @Bean
    FilterRegistrationBean<DecisionFilter> decisionFilter(ActiveDecisions decisions, Clock clock,
            IngestProperties limits) {
        FilterRegistrationBean<DecisionFilter> registration = new FilterRegistrationBean<>(
                new DecisionFilter(decisions, clock, limits.retryAfter().toSeconds()));
        registration.setOrder(AccessAutoConfiguration.FILTER_ORDER + 1);
        registration.addUrlPatterns("/v1/metrics", "/api/v1/write");
        return registration;
    }
}
