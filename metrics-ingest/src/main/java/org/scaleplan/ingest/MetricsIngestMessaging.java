package org.scaleplan.ingest;

import java.util.function.Consumer;

import org.scaleplan.messaging.InboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Ingest's bindings: it writes accepted samples and reads security decisions to enforce at the door. */
@Configuration(proxyBeanMethods = false)
class MetricsIngestMessaging {

    /** Security decisions (blocks and throttles, their expiry) that intake enforces. */
    @Bean
    Consumer<Message<byte[]>> applyDecisions(InboundEvents inbound) {
        return inbound::read;
    }
}
