package org.scaleplan.cost;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.scaleplan.contracts.Topics;
import org.scaleplan.cost.evaluation.CostEvaluation;
import org.scaleplan.cost.model.CostModel;
import org.scaleplan.cost.model.CostModelFile;
import org.scaleplan.cost.spend.AnomalyDetector;
import org.scaleplan.cost.streams.CostTopology;
import org.scaleplan.messaging.TopicFold;
import org.scaleplan.messaging.streams.StreamsService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CostProperties.class)
class CostServiceConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    CostModel costModel(CostProperties properties) {
        return CostModelFile.load(properties.modelFile());
    }

    @Bean
    StreamsService costStreams(CostModel model, CostProperties properties, KafkaProperties kafka,
            MeterRegistry meters) {
        var anomalies = new AnomalyDetector(properties.anomaly().factor(), properties.anomaly().minImpactUsdPerHour());
        var topology = CostTopology.build(() -> new CostEvaluation(model, anomalies), meters);
        return new StreamsService(topology, kafka.buildStreamsProperties(), CostTopology::prepareTopics);
    }

    @Bean
    CostView costView() {
        return new CostView();
    }

    @Bean
    TopicFold costViewFold(CostView view, StreamsService streams, KafkaProperties kafka) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        // The store writes its changelog in transactions (exactly once): show only what was committed.
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return TopicFold.ofRecords(streams.changelog(CostTopology.COSTS), config, view::apply, () -> { });
    }

    @Bean
    BudgetView budgetView() {
        return new BudgetView();
    }

    @Bean
    TopicFold budgetViewFold(BudgetView view, KafkaProperties kafka) {
        return new TopicFold(Topics.BUDGETS, kafka.buildConsumerProperties(), view::apply);
    }
}
