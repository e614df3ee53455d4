package org.scaleplan.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code --name=value} options and {@code --flag}s of a command line, refusing any the command does not take. */
public final class Arguments {

    private final Map<String, List<String>> values;

    private Arguments(Map<String, List<String>> values) {
        this.values = values;
    }

    public static Arguments parse(List<String> args, Set<String> known) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name);
            }
            values.computeIfAbsent(name, n -> new ArrayList<>()).add(equals < 0 ? "true" : arg.substring(equals + 1));
        }
        return new Arguments(values);
    }

    /** The option's value; the last one when it was given more than once. */
    public Optional<String> value(String name) {
        List<String> given = all(name);
        return given.isEmpty() ? Optional.empty() : Optional.of(given.get(given.size() - 1));
    }

    /** Every value of an option that may be repeated, in order. */
    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    public boolean flag(String name) {
        return Boolean.parseBoolean(value(name).orElse("false"));
    }

    public String required(String name) {
        return value(name).orElseThrow(() -> new IllegalArgumentException("--" + name + " is required"));
    }

    public long number(String name, long fallback) {
        try {
            return value(name).map(Long::parseLong).orElse(fallback);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number", e);
        }
    }
}
