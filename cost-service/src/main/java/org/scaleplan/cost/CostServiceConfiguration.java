package org.scaleplan.cost;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import org.scaleplan.contracts.Topics;
import org.scaleplan.cost.evaluation.CostEvaluation;
import org.scaleplan.cost.evaluation.SystemCosts;
import org.scaleplan.cost.model.CostModel;
import org.scaleplan.cost.model.CostModelFile;
import org.scaleplan.cost.spend.AnomalyDetector;
import org.scaleplan.cost.spend.MonthEndForecast;
import org.scaleplan.cost.streams.CostTopology;
import org.scaleplan.messaging.Bounds;
import org.scaleplan.messaging.TopicFold;
import org.scaleplan.messaging.streams.StoreView;
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
    MonthEndForecast monthEndForecast(CostProperties properties) {
        return new MonthEndForecast(properties.forecastMinHistory());
    }

    @Bean
    StreamsService costStreams(CostModel model, MonthEndForecast forecast, CostProperties properties,
            KafkaProperties kafka, MeterRegistry meters, Bounds bounds) {
        var anomalies = new AnomalyDetector(properties.anomaly().factor(), properties.anomaly().minImpactUsdPerHour());
        var limits = properties.limits();
        var topology = CostTopology.build(() -> new CostEvaluation(model, anomalies, forecast, limits),
                properties.sweepInterval(), meters, bounds);
        return new StreamsService(topology, kafka.buildStreamsProperties(), CostTopology::prepareTopics);
    }

    /** Every system's costs, on every instance: the fold of the costs store's changelog. */
    @Bean
    StoreView<SystemCosts> costView() {
        return new StoreView<>(SystemCosts.class);
    }

    @Bean
    TopicFold costViewFold(StoreView<SystemCosts> view, StreamsService streams, KafkaProperties kafka) {
        return view.fold(streams, CostTopology.COSTS, kafka.buildConsumerProperties());
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
