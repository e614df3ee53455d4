package org.scaleplan.security.decisions;

import java.util.Map;

import org.scaleplan.contracts.EventJson;
import org.scaleplan.messaging.AcknowledgedSender;

/**
 * Sends admins' {@link DecisionCommand}s to {@value DecisionCommand#TOPIC}, keyed by system, for the instance that
 * owns the system's decisions; returns only once Kafka acknowledged the command.
 */
public class CommandTopic implements AutoCloseable {

    private final AcknowledgedSender sender;

    public CommandTopic(Map<String, Object> producerConfig) {
        this.sender = new AcknowledgedSender(producerConfig);
    }

    /** @throws org.scaleplan.messaging.KafkaUnavailableException when Kafka did not acknowledge it in time */
    public void send(DecisionCommand command) {
        sender.send(DecisionCommand.TOPIC, command.system(), EventJson.mapper().writeValueAsBytes(command));
    }

    @Override
    public void close() {
        sender.close();
    }
}
