package org.scaleplan.incident.runbooks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders of runbook texts: {@code {{incident.id}}}, {@code {{incident.system}}}, {@code {{incident.title}}},
 * {@code {{incident.severity}}}, {@code {{incident.fingerprint}}}, {@code {{incident.source}}},
 * {@code {{runbook.id}}}, {@code {{step.id}}} and {@code {{labels.NAME}}} (an incident label, empty when absent).
 * Nothing else is a variable, and a runbook using anything else is refused when it is loaded, not when it runs.
 */
public final class Templates {

    /** The variables every run provides, besides {@code labels.*}. */
    public static final Set<String> VARIABLES = Set.of("incident.id", "incident.system", "incident.title",
            "incident.severity", "incident.fingerprint", "incident.source", "runbook.id", "step.id");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");
    private static final Pattern LABEL = Pattern.compile("labels\\.[A-Za-z_][A-Za-z0-9_]*");

    private Templates() {
    }

    /** The placeholders of {@code template} that are not variables, e.g. {@code incident.idd}. */
    public static List<String> unknown(String template) {
        List<String> unknown = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            String name = m.group(1);
            if (!VARIABLES.contains(name) && !LABEL.matcher(name).matches()) {
                unknown.add(name);
            }
        }
        return unknown;
    }

    /**
     * {@code template} with every variable replaced by its value in {@code values} ({@code labels.NAME} keys
     * included); a label the incident lacks becomes empty text.
     */
    public static String render(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
        }
        m.appendTail(out);
        return out.toString();
    }
}
