package org.scaleplan.incident;

import java.util.function.Consumer;

import org.scaleplan.messaging.InboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** The incident service's bindings: it reads every decision topic and the metrics, and writes incident events. */
@Configuration(proxyBeanMethods = false)
class IncidentServiceMessaging {

    /** Alerts, security incidents, cost alerts and phase changes: everything that can open or close an incident. */
    @Bean
    Consumer<Message<byte[]>> openIncidents(InboundEvents inbound) {
        return inbound::read;
    }

    /** Samples that running {@code await-metric} runbook steps wait for. */
    @Bean
    Consumer<Message<byte[]>> awaitMetrics(InboundEvents inbound) {
        return inbound::read;
    }
}
