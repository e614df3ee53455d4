package org.scaleplan.security.keys;

import java.time.Clock;

import org.scaleplan.access.KeyStore;
import org.scaleplan.contracts.Topics;
import org.scaleplan.messaging.EventPublisher;
import org.scaleplan.messaging.TopicFold;
import org.scaleplan.security.posture.Postures;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the key registry, its fold of {@code scaleplan.api-keys.v1} and the Redis sync. */
@Configuration(proxyBeanMethods = false)
class ApiKeyConfiguration {

    @Bean
    ApiKeyRegistry apiKeyRegistry() {
        return new ApiKeyRegistry();
    }

    @Bean
    KeyStoreSync keyStoreSync(ApiKeyRegistry registry, KeyStore store, Postures postures, Clock clock) {
        return new KeyStoreSync(registry, store, postures, clock);
    }

    @Bean
    TopicFold apiKeyFold(KafkaProperties kafka, KeyStoreSync sync) {
        return new TopicFold(Topics.API_KEYS, kafka.buildConsumerProperties(), sync::apply, sync::caughtUp);
    }

    @Bean
    ApiKeyIssuer apiKeyIssuer(EventPublisher publisher, KeyStoreSync sync, ApiKeyRegistry registry,
            Postures postures, Clock clock) {
        return new ApiKeyIssuer(publisher, sync, registry, postures, clock);
    }
}
