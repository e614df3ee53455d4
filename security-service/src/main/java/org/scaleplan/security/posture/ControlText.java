package org.scaleplan.security.posture;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.scaleplan.access.Role;
import org.scaleplan.config.YamlNodes;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Control values as text. A value is read from the posture file into one canonical text ({@code 2160h} becomes
 * {@code 90d}, roles are sorted), so that two files meaning the same posture publish the same
 * {@code PostureChanged.controls}; and the canonical text is read back into the typed value Scaleplan enforces.
 */
final class ControlText {

    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h|d)");
    private static final Pattern COUNT = Pattern.compile("[1-9]\\d{0,8}");
    private static final Set<String> FLAGS = Set.of("true", "false");
    /** From the largest, so that a duration is written in the largest unit that divides it. */
    private static final Map<String, Duration> UNITS = units();

    private ControlText() {
    }

    /** The canonical text of {@code control}'s value at {@code node}; null, with the problem noted, if it is wrong. */
    static @Nullable String read(Control control, YamlNodes nodes, Node node, String field) {
        return switch (control.kind()) {
            case DURATION -> duration(nodes, node, field);
            case COUNT -> count(nodes, node, field);
            case FLAG -> flag(nodes, node, field);
            case ROLES -> roles(nodes, node, field);
        };
    }

    static Duration toDuration(String text) {
        Matcher m = DURATION.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a duration like 90d: " + text);
        }
        return UNITS.get(m.group(2)).multipliedBy(Long.parseLong(m.group(1)));
    }

    static boolean toFlag(String text) {
        if (!FLAGS.contains(text)) {
            throw new IllegalArgumentException("not true or false: " + text);
        }
        return Boolean.parseBoolean(text);
    }

    /** The roles of a text like {@code [admin, operator]}. */
    static List<String> toRoles(String text) {
        if (!text.startsWith("[") || !text.endsWith("]")) {
            throw new IllegalArgumentException("not a list of roles like [admin, operator]: " + text);
        }
        String inner = text.substring(1, text.length() - 1).trim();
        return inner.isEmpty() ? List.of()
                : Arrays.stream(inner.split(",")).map(Role::parse).map(Role::text).toList();
    }

    private static @Nullable String duration(YamlNodes nodes, Node node, String field) {
        Duration duration = nodes.duration(node, field);
        if (duration != null && duration.isZero()) {
            nodes.problem(node, field, "must be longer than 0");
            return null;
        }
        return duration == null ? null : durationText(duration);
    }

    private static String durationText(Duration duration) {
        for (Map.Entry<String, Duration> unit : UNITS.entrySet()) {
            if (duration.toMillis() % unit.getValue().toMillis() == 0) {
                return duration.toMillis() / unit.getValue().toMillis() + unit.getKey();
            }
        }
        throw new IllegalStateException("a whole number of milliseconds has a unit: " + duration);
    }

    private static @Nullable String count(YamlNodes nodes, Node node, String field) {
        String text = nodes.text(node, field);
        if (text != null && !COUNT.matcher(text).matches()) {
            nodes.problem(node, field, "must be a whole number from 1 to 999999999, was " + text);
            return null;
        }
        return text;
    }

    private static @Nullable String flag(YamlNodes nodes, Node node, String field) {
        String text = nodes.text(node, field);
        if (text != null && !FLAGS.contains(text)) {
            nodes.problem(node, field, "must be true or false, was " + text);
            return null;
        }
        return text;
    }

    private static @Nullable String roles(YamlNodes nodes, Node node, String field) {
        int problemsBefore = nodes.problemCount();
        Set<String> roles = new TreeSet<>();
        for (Node item : nodes.list(node, field)) {
            String text = nodes.text(item, field);
            try {
                if (text != null && !roles.add(Role.parse(text).text())) {
                    nodes.problem(item, field, text + " appears twice");
                }
            } catch (IllegalArgumentException e) {
                nodes.problem(item, field, e.getMessage());
            }
        }
        return nodes.problemCount() > problemsBefore ? null : "[" + String.join(", ", roles) + "]";
    }

    private static Map<String, Duration> units() {
        Map<String, Duration> units = new LinkedHashMap<>();
        units.put("d", Duration.ofDays(1));
        units.put("h", Duration.ofHours(1));
        units.put("m", Duration.ofMinutes(1));
        units.put("s", Duration.ofSeconds(1));
        units.put("ms", Duration.ofMillis(1));
        return units;
    }
}
