package org.scaleplan.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
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
}
