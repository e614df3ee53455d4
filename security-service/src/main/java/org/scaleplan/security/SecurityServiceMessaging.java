package org.scaleplan.security;

import java.util.function.Consumer;

import org.scaleplan.messaging.InboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** The security service's bindings: it reads samples, phase changes and action requests, and writes security events. */
@Configuration(proxyBeanMethods = false)
class SecurityServiceMessaging {

    /** Production traffic and authentication metrics, fed to the detection scenarios. */
    @Bean
    Consumer<Message<byte[]>> detectAbuse(InboundEvents inbound) {
        return inbound::read;
    }

    /** Phase changes, each of which selects the security posture for the new phase. */
    @Bean
    Consumer<Message<byte[]>> adjustPosture(InboundEvents inbound) {
        return inbound::read;
    }

    /** Incident-service's requests (e.g. block a client), which the security service decides on. */
    @Bean
    Consumer<Message<byte[]>> decideOnRequests(InboundEvents inbound) {
        return inbound::read;
    }
}
