package org.scaleplan.cli.events;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.scaleplan.cli.UsageException;
import org.scaleplan.contracts.Topics;

/**
 * The topics {@code events} can tail, by full name or short alias. Without any, it tails every Scaleplan topic
 * but the metrics, whose samples would drown the decisions the tail is for; naming {@code metrics} includes them.
 */
public final class TopicNames {

    private static final Map<String, String> ALIASES = new TreeMap<>(Map.of(
            "metrics", Topics.METRICS,
            "phase-changes", Topics.PHASE_CHANGES,
            "alerts", Topics.ALERTS,
            "cost", Topics.COST_EVENTS,
            "security", Topics.SECURITY_EVENTS,
            "incidents", Topics.INCIDENT_EVENTS,
            "budgets", Topics.BUDGETS,
            "api-keys", Topics.API_KEYS));

    private TopicNames() {
    }

    public static List<String> defaults() {
        return Topics.ALL.stream().filter(topic -> !topic.equals(Topics.METRICS)).toList();
    }

    /**
     * The topic {@code name} stands for: an alias, or a full topic name. Full names outside {@link Topics#ALL} are
     * accepted when they look like Scaleplan's, so a dead-letter topic ({@code error.<topic>.<group>}) can be
     * tailed too; anything else is most likely a mistyped alias.
     */
    static String resolve(String name) {
        String topic = ALIASES.get(name);
        if (topic != null) {
            return topic;
        } else if (name.startsWith("scaleplan.") || name.startsWith("error.scaleplan.")) {
            return name;
        }
        throw new UsageException("unknown topic '" + name + "': give a topic name or one of "
                + String.join(", ", ALIASES.keySet()));
    }

    /** {@code alerts = scaleplan.alerts.v1}, one per line, for the usage text. */
    static String aliases() {
        StringBuilder text = new StringBuilder();
        ALIASES.forEach((alias, topic) -> text.append(String.format("  %-14s %s%n", alias, topic)));
        return text.toString();
    }
}
