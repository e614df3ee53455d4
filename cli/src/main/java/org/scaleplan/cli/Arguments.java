package org.scaleplan.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's arguments: positional words, {@code --name=value} options and {@code --flag}s. Each command names the
 * options it knows, so a typo fails with a message instead of being silently ignored.
 */
public final class Arguments {

    private final List<String> positional;
    private final Map<String, String> options;

    private Arguments(List<String> positional, Map<String, String> options) {
        this.positional = List.copyOf(positional);
        this.options = Map.copyOf(options);
    }

    /**
     * Splits {@code args} into positional words and options.
     *
     * @param valued the options that take a value ({@code --port=8099})
     * @param flags the options that take none ({@code --json})
     * @throws UsageException for an unknown option, or a value missing or given where it does not belong
     */
    public static Arguments parse(List<String> args, Set<String> valued, Set<String> flags) {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                positional.add(arg);
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
            String value = equals < 0 ? null : arg.substring(equals + 1);
            options.put(name, checked(name, value, valued, flags));
        }
        return new Arguments(positional, options);
    }

    private static String checked(String name, String value, Set<String> valued, Set<String> flags) {
        if (valued.contains(name)) {
            if (value == null || value.isBlank()) {
                throw new UsageException("--" + name + " needs a value: --" + name + "=...");
            }
            return value;
        }
        if (flags.contains(name)) {
            if (value != null) {
                throw new UsageException("--" + name + " takes no value");
            }
            return "";
        }
        throw new UsageException("unknown option --" + name);
    }

    public List<String> positional() {
        return positional;
    }

    public Optional<String> value(String name) {
        return Optional.ofNullable(options.get(name));
    }

    public boolean flag(String name) {
        return options.containsKey(name);
    }
}
