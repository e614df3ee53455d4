package org.scaleplan.evaluator;

import java.util.HashMap;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.scaleplan.evaluator.evaluation.Evaluation;
import org.scaleplan.evaluator.streams.EvaluatorTopology;
import org.scaleplan.messaging.TopicFold;
import org.scaleplan.messaging.streams.StreamsService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EvaluatorProperties.class)
class PhaseEvaluatorConfiguration {

    @Bean
    AlertRules alertRules(EvaluatorProperties properties) {
        return new AlertRules(properties.rules().dir());
    }

    @Bean
    StreamsService evaluatorStreams(EvaluatorProperties properties, AlertRules rules, KafkaProperties kafka,
            MeterRegistry meters) {
        var topology = EvaluatorTopology.build(
                () -> new Evaluation(properties.plan(), properties.forecast().window(), rules::current), meters);
        return new StreamsService(topology, kafka.buildStreamsProperties(), EvaluatorTopology::createMissingTopics);
    }

    @Bean
    PhaseView phaseView() {
        return new PhaseView();
    }

    @Bean
    TopicFold phaseViewFold(PhaseView view, StreamsService streams, KafkaProperties kafka) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        // The store writes its changelog in transactions (exactly once): show only what was committed.
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return TopicFold.ofRecords(streams.changelog(EvaluatorTopology.STANDINGS), config,
                view::apply, () -> { });
    }
}
