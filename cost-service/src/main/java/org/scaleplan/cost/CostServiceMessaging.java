package org.scaleplan.cost;

import java.util.function.Consumer;

import org.scaleplan.messaging.InboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** The cost service's bindings: it reads samples and phase changes and writes cost events. */
@Configuration(proxyBeanMethods = false)
class CostServiceMessaging {

    /** Cost counters and priced resource gauges, keyed by system. */
    @Bean
    Consumer<Message<byte[]>> meterCosts(InboundEvents inbound) {
        return inbound::read;
    }

    /** Phase changes, each of which gets a cost projection for the new phase. */
    @Bean
    Consumer<Message<byte[]>> projectCosts(InboundEvents inbound) {
        return inbound::read;
    }
}
