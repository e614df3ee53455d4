package org.scaleplan.evaluator.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Annotation templates in the style of Prometheus: {@code {{ $value }}}, {@code {{ $threshold }}},
 * {@code {{ $system }}} and {@code {{ $labels.name }}} are replaced; nothing else is a variable. Numbers are shown
 * with at most four significant digits, so {@code 0.0712345} reads {@code 0.07123}; a label the alert lacks is empty.
 */
final class AnnotationTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(.*?)}}");
    private static final Pattern VARIABLE = Pattern.compile("\\s*\\$(value|threshold|system|labels\\.([A-Za-z_]\\w*))\\s*");

    private AnnotationTemplates() {
    }

    /** The placeholders of {@code template} that are not one of the variables above, e.g. {@code {{ $valeu }}}. */
    static List<String> unknownPlaceholders(String template) {
        return PLACEHOLDER.matcher(template).results()
                .filter(placeholder -> !VARIABLE.matcher(placeholder.group(1)).matches())
                .map(placeholder -> placeholder.group())
                .toList();
    }

    static Map<String, String> render(Map<String, String> templates, double value, double threshold, String system,
            Map<String, String> labels) {
        Map<String, String> rendered = new TreeMap<>();
        templates.forEach((name, template) -> rendered.put(name, PLACEHOLDER.matcher(template)
                .replaceAll(placeholder -> Matcher.quoteReplacement(
                        resolve(placeholder.group(1), value, threshold, system, labels)))));
        return Collections.unmodifiableMap(rendered);
    }

    private static String resolve(String placeholder, double value, double threshold, String system,
            Map<String, String> labels) {
        Matcher variable = VARIABLE.matcher(placeholder);
        if (!variable.matches()) {
            return "{{" + placeholder + "}}";
        }
        return switch (variable.group(1)) {
            case "value" -> number(value);
            case "threshold" -> number(threshold);
            case "system" -> system;
            default -> labels.getOrDefault(variable.group(2), "");
        };
    }

    static String number(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
