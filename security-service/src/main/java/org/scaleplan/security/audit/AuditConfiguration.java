package org.scaleplan.security.audit;

import org.scaleplan.contracts.Topics;
import org.scaleplan.messaging.Bounds;
import org.scaleplan.messaging.TopicFold;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Folds the audited actions of {@code scaleplan.security-events.v1} into the queryable {@link AuditLog}. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    AuditLog auditLog(@Value("${" + AuditLog.VIEW_SIZE + ":10000}") int capacity, Bounds bounds) {
        return new AuditLog(capacity, bounds);
    }

    @Bean
    TopicFold auditFold(KafkaProperties kafka, AuditLog log) {
        return new TopicFold(Topics.SECURITY_EVENTS, kafka.buildConsumerProperties(), log::apply);
    }
}
