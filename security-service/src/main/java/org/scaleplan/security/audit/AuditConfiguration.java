package org.scaleplan.security.audit;

import org.scaleplan.contracts.Topics;
import org.scaleplan.messaging.TopicFold;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Folds the audited actions of {@code scaleplan.security-events.v1} into the queryable {@link AuditLog}. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    AuditLog auditLog(@Value("${scaleplan.security.audit.view-size:10000}") int capacity) {
        return new AuditLog(capacity);
    }

    @Bean
    TopicFold auditFold(KafkaProperties kafka, AuditLog log) {
        return new TopicFold(Topics.SECURITY_EVENTS, kafka.buildConsumerProperties(), log::apply);
    }
}
