package org.scaleplan.incident;

import java.util.function.Consumer;

import org.scaleplan.incident.engine.Inbox;
import org.scaleplan.incident.engine.InboxEntry;
import org.scaleplan.incident.incidents.Signals;
import org.scaleplan.messaging.InboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** The incident service's bindings: it reads every decision topic and writes incident events. */
@Configuration(proxyBeanMethods = false)
class IncidentServiceMessaging {

    /**
     * Alerts, security incidents, cost alerts and phase changes: everything that can open or close an incident,
     * handed to the instance that owns its system through the inbox. A record is acknowledged only once the inbox
     * has its signal, so none is lost between the two.
     */
    @Bean
    Consumer<Message<byte[]>> openIncidents(InboundEvents inbound, Inbox inbox) {
        return message -> Signals.of(inbound.read(message)).map(InboxEntry::signal).ifPresent(inbox::send);
    }
}
