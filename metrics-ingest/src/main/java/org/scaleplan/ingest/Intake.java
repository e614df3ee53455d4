package org.scaleplan.ingest;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.scaleplan.access.Caller;
import org.scaleplan.access.DecisionEnforcer;
import org.scaleplan.access.NotFoundException;
import org.scaleplan.contracts.EventIds;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.messaging.BatchPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Hands validated samples to Kafka and answers only once Kafka acknowledged all of them. A retried request
 * with the same {@code Idempotency-Key} is acknowledged again without being published again. When Kafka cannot
 * take them the circuit breaker opens, so later requests are refused at once instead of piling up.
 */
public class Intake {

    private static final Logger log = LoggerFactory.getLogger(Intake.class);

    private final BatchPublisher publisher;
    private final IdempotencyKeys idempotency;
    private final CircuitBreaker breaker;
    private final DecisionEnforcer decisions;
    private final IngestProperties limits;
    private final MeterRegistry meters;
    private final Clock clock;

    Intake(BatchPublisher publisher, IdempotencyKeys idempotency, CircuitBreaker breaker, DecisionEnforcer decisions,
            IngestProperties limits, MeterRegistry meters, Clock clock) {
        this.publisher = publisher;
        this.idempotency = idempotency;
        this.breaker = breaker;
        this.decisions = decisions;
        this.limits = limits;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * @param remoteAddress the client's address, checked with its key against each system's decisions
     * @throws NotFoundException if a sample's system is outside the caller's systems
     * @throws org.scaleplan.access.RefusedException if a decision blocks or throttles the caller for a sample's system
     * @throws IntakeUnavailableException if Kafka did not acknowledge every sample
     */
    public Accepted accept(List<IncomingSample> samples, Caller caller, String remoteAddress,
            @Nullable String idempotencyKey) {
        samples.stream().filter(sample -> !caller.canSee(sample.system())).findFirst().ifPresent(sample -> {
            throw new NotFoundException("system " + sample.system() + " is outside key " + caller.keyId());
        });
        samples.stream().map(IncomingSample::system).distinct()
                .forEach(system -> decisions.enforce(system, caller, remoteAddress));
        Optional<Integer> earlier = idempotencyKey == null ? Optional.empty() : earlier(caller, idempotencyKey);
        if (earlier.isPresent()) {
            meters.counter("scaleplan.ingest.requests.replayed").increment();
            return new Accepted(earlier.get(), true);
        }
        publish(samples.stream().map(this::toRecord).toList());
        meters.counter("scaleplan.ingest.samples.accepted").increment(samples.size());
        if (idempotencyKey != null) {
            remember(caller, idempotencyKey, samples.size());
        }
        return new Accepted(samples.size(), false);
    }

    private void publish(List<MetricSample> records) {
        try {
            breaker.executeRunnable(() -> publisher.publishAll(records, limits.publishTimeout()));
        } catch (RuntimeException e) {
            meters.counter("scaleplan.ingest.requests.unavailable").increment();
            log.warn("answering 503, {} samples not acknowledged: {}", records.size(), e.toString());
            throw new IntakeUnavailableException("Kafka did not acknowledge the samples: " + e.getMessage(), e);
        }
    }

    /**
     * The event id is derived from what the sample is (system, name, labels, timestamp), so a sample a client
     * sends twice after a lost answer is recognisably the same fact.
     */
    private MetricSample toRecord(IncomingSample sample) {
        return new MetricSample(EventIds.of("metric-sample", sample.system(), sample.name(),
                new TreeMap<>(sample.labels()), sample.timestamp()), sample.timestamp(), sample.system(),
                sample.name(), sample.labels(), sample.value(), clock.instant());
    }

    private Optional<Integer> earlier(Caller caller, String idempotencyKey) {
        try {
            return idempotency.published(caller.keyId(), idempotencyKey);
        } catch (RuntimeException e) {
            log.warn("idempotency keys unavailable, publishing anyway: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private void remember(Caller caller, String idempotencyKey, int samples) {
        try {
            idempotency.remember(caller.keyId(), idempotencyKey, samples);
        } catch (RuntimeException e) {
            log.warn("could not remember an idempotency key: {}", e.getMessage());
        }
    }
}
