package org.scaleplan.evaluator;

import java.util.function.Consumer;

import org.scaleplan.messaging.InboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** The evaluator's bindings: it reads accepted samples and writes phase changes, forecasts and alerts. */
@Configuration(proxyBeanMethods = false)
class PhaseEvaluatorMessaging {

    /** Every accepted sample, keyed by system; phase and rule evaluation consume them here. */
    @Bean
    Consumer<Message<byte[]>> evaluateMetrics(InboundEvents inbound) {
        return inbound::read;
    }
}
