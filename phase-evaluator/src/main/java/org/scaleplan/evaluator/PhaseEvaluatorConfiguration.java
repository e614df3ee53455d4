package org.scaleplan.evaluator;

import io.micrometer.core.instrument.MeterRegistry;
import org.scaleplan.evaluator.evaluation.Evaluation;
import org.scaleplan.evaluator.evaluation.Standing;
import org.scaleplan.evaluator.streams.EvaluatorTopology;
import org.scaleplan.messaging.Bounds;
import org.scaleplan.messaging.TopicFold;
import org.scaleplan.messaging.streams.StoreView;
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
            MeterRegistry meters, Bounds bounds) {
        var topology = EvaluatorTopology.build(() -> new Evaluation(properties.plan(), properties.forecast().window(),
                properties.limits(), rules::current), properties.sweepInterval(), meters, bounds, properties.limits());
        return new StreamsService(topology, kafka.buildStreamsProperties(), EvaluatorTopology::createMissingTopics);
    }

    /** Every system's standing, on every instance: the fold of the standings store's changelog. */
    @Bean
    StoreView<Standing> phaseView() {
        return new StoreView<>(Standing.class);
    }

    @Bean
    TopicFold phaseViewFold(StoreView<Standing> view, StreamsService streams, KafkaProperties kafka) {
        return view.fold(streams, EvaluatorTopology.STANDINGS, kafka.buildConsumerProperties());
    }
}
