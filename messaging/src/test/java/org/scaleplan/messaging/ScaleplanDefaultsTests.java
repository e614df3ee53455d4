package org.scaleplan.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.scaleplan.messaging.streams.BoundedRocksDbMemory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

class ScaleplanDefaultsTests {

    @Test
    void everyPlainConsumerBuiltFromTheDefaultsReadsOnlyCommittedRecords() throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("defaults", new ClassPathResource("scaleplan-defaults.yml"))
                .forEach(environment.getPropertySources()::addLast);

        KafkaProperties kafka = Binder.get(environment).bind("spring.kafka", KafkaProperties.class).get();

        assertThat(kafka.buildConsumerProperties()).containsEntry(ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed");
    }

    @Test
    void everyKafkaStreamsServiceBoundsItsStoresMemoryBesideItsOwnStreamsProperties() throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("service", Map.of(
                "spring.kafka.streams.properties.processing.guarantee", "exactly_once_v2")));
        new YamlPropertySourceLoader().load("defaults", new ClassPathResource("scaleplan-defaults.yml"))
                .forEach(environment.getPropertySources()::addLast);

        KafkaProperties kafka = Binder.get(environment).bind("spring.kafka", KafkaProperties.class).get();

        assertThat(kafka.buildStreamsProperties())
                .containsEntry(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDbMemory.class.getName())
                .containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, "exactly_once_v2");
    }
}
