package org.scaleplan.messaging;

import java.util.List;
import java.util.stream.Collectors;

import org.scaleplan.contracts.CloudEventHeaders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.support.KafkaHeaderMapper;
import org.springframework.kafka.support.SimpleKafkaHeaderMapper;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Gives every service an {@link EventPublisher} that signs records with the service's name, {@link InboundEvents} and
 * {@link Bounds}.
 */
@AutoConfiguration
public class MessagingAutoConfiguration {

    private static final List<String> CLOUD_EVENT_HEADERS = List.of(CloudEventHeaders.SPEC_VERSION,
            CloudEventHeaders.ID, CloudEventHeaders.TYPE, CloudEventHeaders.SOURCE, CloudEventHeaders.TIME,
            CloudEventHeaders.SUBJECT, CloudEventHeaders.CONTENT_TYPE);

    /**
     * Runs while the context is built, before any binding is bound: Scaleplan's topics get the broker's partition
     * count, not a binding's.
     */
    @Bean
    ScaleplanTopics scaleplanTopics(KafkaProperties kafka) {
        return new ScaleplanTopics(kafka.buildAdminProperties());
    }

    @Bean
    EventPublisher eventPublisher(StreamBridge bridge, @Value("${spring.application.name}") String service,
            MeterRegistry meters) {
        return new EventPublisher(bridge, service, meters);
    }

    /**
     * Maps exactly the CloudEvents headers, as plain UTF-8 both ways. The binder's default mapper would add a
     * {@code spring_json_header_types} header naming Java classes, which has no place on a public topic.
     */
    @Bean
    KafkaHeaderMapper kafkaBinderHeaderMapper() {
        SimpleKafkaHeaderMapper mapper = new SimpleKafkaHeaderMapper("ce_*", CloudEventHeaders.CONTENT_TYPE);
        mapper.setMapAllStringsOut(true);
        mapper.setRawMappedHeaders(CLOUD_EVENT_HEADERS.stream().collect(Collectors.toMap(name -> name, name -> true)));
        return mapper;
    }

    @Bean
    Bounds bounds(MeterRegistry meters) {
        return new Bounds(meters);
    }

    @Bean
    InboundEvents inboundEvents(MeterRegistry meters) {
        return new InboundEvents(meters);
    }
}
