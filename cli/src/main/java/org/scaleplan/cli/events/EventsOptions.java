package org.scaleplan.cli.events;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.scaleplan.cli.Arguments;
import org.scaleplan.contracts.Require;

/**
 * What {@code events} was asked to tail.
 *
 * @param topics full topic names, no repeats
 * @param fromBeginning read every retained record instead of only new ones
 * @param system print only records with this key (a system, or an API key id on the api-keys topic)
 * @param json print each record as a JSON line instead of its gist
 */
record EventsOptions(List<String> topics, String bootstrapServers, boolean fromBeginning, @Nullable String system,
        boolean json) {

    static final String DEFAULT_BOOTSTRAP_SERVERS = "localhost:9092";

    EventsOptions {
        topics = List.copyOf(topics);
        Require.text(bootstrapServers, "bootstrapServers");
    }

    static EventsOptions parse(List<String> args) {
        Arguments arguments = Arguments.parse(args, Set.of("bootstrap-servers", "system"),
                Set.of("from-beginning", "json"));
        List<String> topics = arguments.positional().isEmpty() ? TopicNames.defaults()
                : arguments.positional().stream().map(TopicNames::resolve).distinct().toList();
        return new EventsOptions(topics, arguments.value("bootstrap-servers").orElse(DEFAULT_BOOTSTRAP_SERVERS),
                arguments.flag("from-beginning"), arguments.value("system").orElse(null), arguments.flag("json"));
    }

    boolean wants(@Nullable String key) {
        return system == null || system.equals(key);
    }
}
