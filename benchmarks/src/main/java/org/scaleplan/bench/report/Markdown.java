package org.scaleplan.bench.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** A Markdown document being written: headings, paragraphs and tables. */
final class Markdown {

    private final StringBuilder text = new StringBuilder();

    Markdown heading(String title) {
        text.append("\n## ").append(title).append("\n\n");
        return this;
    }

    Markdown paragraph(String paragraph) {
        text.append(paragraph).append("\n\n");
        return this;
    }

    Markdown line(String line) {
        text.append(line).append('\n');
        return this;
    }

    Markdown table(List<String> header, List<List<String>> rows) {
        text.append(row(header)).append('\n')
                .append(header.stream().map(h -> "---").collect(Collectors.joining("|", "|", "|"))).append('\n');
        rows.forEach(row -> text.append(row(row)).append('\n'));
        text.append('\n');
        return this;
    }

    /** {@code name | value} rows of a map. */
    Markdown pairs(String nameHeader, String valueHeader, Map<String, String> pairs) {
        return table(List.of(nameHeader, valueHeader), pairs.entrySet().stream()
                .map(e -> List.of(e.getKey(), e.getValue())).toList());
    }

    private static String row(List<String> cells) {
        return cells.stream().map(cell -> cell.replace("|", "\\|")).collect(Collectors.joining(" | ", "| ", " |"));
    }

    static String ms(double millis) {
        return Double.isNaN(millis) ? "–" : String.format(Locale.ROOT, "%.0f ms", millis);
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    static String cores(Map<String, Double> cores) {
        return cores.entrySet().stream().filter(e -> e.getValue() >= 0.05)
                .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }

    /** {@code phase-evaluator 12.3k, ...}: samples behind, in thousands. */
    static String lag(Map<String, Long> lag) {
        return lag.isEmpty() ? "–" : lag.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.1fk", e.getKey(), e.getValue() / 1000.0))
                .collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
