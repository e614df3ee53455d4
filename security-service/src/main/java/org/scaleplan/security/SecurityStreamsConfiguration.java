package org.scaleplan.security;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import org.scaleplan.access.decisions.DecisionStore;
import org.scaleplan.contracts.Topics;
import org.scaleplan.messaging.Bounds;
import org.scaleplan.messaging.TopicFold;
import org.scaleplan.messaging.streams.StreamsService;
import org.scaleplan.security.decisions.ActiveDecisions;
import org.scaleplan.security.decisions.CommandTopic;
import org.scaleplan.security.decisions.DecisionSync;
import org.scaleplan.security.detection.Detection;
import org.scaleplan.security.keys.KeyStoreSync;
import org.scaleplan.security.detection.ScenarioFiles;
import org.scaleplan.security.posture.PostureFile;
import org.scaleplan.security.posture.PosturePlan;
import org.scaleplan.security.posture.Postures;
import org.scaleplan.security.streams.SecurityTopology;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires detection, decisions and posture: the topology, the decisions' copy in Redis and the commands topic. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityStreamsConfiguration {

    @Bean
    Detection detection(SecurityProperties properties) {
        return new Detection(properties.scenariosDir() == null ? ScenarioFiles.shipped()
                : ScenarioFiles.load(ScenarioFiles.in(properties.scenariosDir())), properties.detectionLimits());
    }

    @Bean
    PosturePlan posturePlan(SecurityProperties properties) {
        return PostureFile.load(properties.postureFile());
    }

    @Bean
    StreamsService securityStreams(Detection detection, PosturePlan posture, SecurityProperties properties,
            Clock clock, KafkaProperties kafka, MeterRegistry meters, Bounds bounds) {
        return new StreamsService(SecurityTopology.build(new SecurityTopology.Parts(detection, posture,
                properties.decisionLimits(), properties.sweepInterval(), clock, meters, bounds)),
                kafka.buildStreamsProperties(), SecurityTopology::prepareTopics);
    }

    @Bean
    ActiveDecisions activeDecisions() {
        return new ActiveDecisions();
    }

    @Bean
    DecisionSync decisionSync(ActiveDecisions decisions, DecisionStore store, Clock clock,
            SecurityProperties properties, Bounds bounds) {
        return new DecisionSync(decisions, store, clock, properties.maxDecisionStreams(), bounds);
    }

    @Bean
    Postures postures(PosturePlan plan) {
        return new Postures(plan);
    }

    /** The decisions and postures of every system, from security-service's own topic. */
    @Bean
    TopicFold securityEventsFold(DecisionSync sync, Postures postures, KeyStoreSync keys, KafkaProperties kafka) {
        // Decisions and postures are written in transactions: the shared consumer defaults read only committed ones.
        return new TopicFold(Topics.SECURITY_EVENTS, kafka.buildConsumerProperties(), event -> {
            sync.apply(event);
            postures.apply(event).ifPresent(keys::postureChanged);
        }, sync::caughtUp);
    }

    @Bean(destroyMethod = "close")
    CommandTopic commandTopic(KafkaProperties kafka) {
        return new CommandTopic(kafka.buildProducerProperties());
    }
}
