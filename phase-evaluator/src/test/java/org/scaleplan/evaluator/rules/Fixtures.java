package org.scaleplan.evaluator.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scaleplan.config.Comparison;
import org.scaleplan.contracts.EventIds;
import org.scaleplan.contracts.ScaleplanEvent;
import org.scaleplan.contracts.alert.AlertFiring;
import org.scaleplan.contracts.metrics.MetricSample;

/** Rules, samples and scenarios for the alert rule tests, in event time from {@link #T0}. */
final class Fixtures {

    static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    static final String SYSTEM = "shop";
    static final Map<String, String> SERIES = Map.of("service", "checkout");
    static final Duration EVERY = Duration.ofSeconds(30);

    /** "0.1 for 3m" or "0 for 90s". */
    private static final Pattern SEGMENT = Pattern.compile("([\\d.]+) for (\\d+)([ms])");

    private Fixtures() {
    }

    /**
     * HighErrorRate on checkout: error ratio above 0.05 for 2 minutes. Its 30 s window holds only the latest sample
     * when samples come every 30 s, so each sample alone decides the condition.
     */
    static AlertRule rule(Duration keepFiringFor) {
        return rule(Aggregation.AVG, Duration.ofSeconds(30), Duration.ofMinutes(2), keepFiringFor);
    }

    static AlertRule rule(Aggregation aggregate, Duration window, Duration pendingFor, Duration keepFiringFor) {
        return new AlertRule("HighErrorRate", "http_error_ratio", SERIES, aggregate, window, Comparison.GREATER,
                0.05, pendingFor, keepFiringFor, "critical", Map.of("team", "shop"),
                Map.of("summary", "error ratio {{ $value }} above {{ $threshold }} on {{ $system }}",
                        "owner", "{{$labels.team}} / {{ $labels.service }}"));
    }

    /** The instant {@code m:ss} after {@link #T0}, e.g. {@code at("2:30")}. */
    static Instant at(String minutesSeconds) {
        String[] parts = minutesSeconds.split(":");
        return T0.plus(Duration.ofMinutes(Long.parseLong(parts[0])).plusSeconds(Long.parseLong(parts[1])));
    }

    static MetricSample sample(Instant at, double value) {
        return new MetricSample(EventIds.of("test-sample", SYSTEM, at, value), at, SYSTEM, "http_error_ratio",
                SERIES, value, at.plusMillis(250));
    }

    static MetricSample sample(String minutesSeconds, double value) {
        return sample(at(minutesSeconds), value);
    }

    /** Samples every 30 s from {@link #T0}, segment after segment, e.g. {@code "0.1 for 3m; 0 for 90s"}. */
    static List<MetricSample> scenario(String segments) {
        List<MetricSample> samples = new ArrayList<>();
        for (String segment : segments.split(";")) {
            Matcher m = SEGMENT.matcher(segment.trim());
            if (!m.matches()) {
                throw new IllegalArgumentException("bad segment: " + segment);
            }
            Duration length = m.group(3).equals("m") ? Duration.ofMinutes(Long.parseLong(m.group(2)))
                    : Duration.ofSeconds(Long.parseLong(m.group(2)));
            for (long i = 0; i < length.dividedBy(EVERY); i++) {
                samples.add(sample(T0.plus(EVERY.multipliedBy(samples.size())), Double.parseDouble(m.group(1))));
            }
        }
        return samples;
    }

    /** Every step of feeding {@code samples}, in order, to {@code evaluator} from a series not seen before. */
    static List<RuleEvaluator.Step> run(RuleEvaluator evaluator, List<MetricSample> samples) {
        List<RuleEvaluator.Step> steps = new ArrayList<>();
        RuleState state = null;
        for (MetricSample sample : samples) {
            RuleEvaluator.Step step = evaluator.step(state, sample);
            steps.add(step);
            state = step.state();
        }
        return steps;
    }

    static List<ScaleplanEvent> events(List<RuleEvaluator.Step> steps) {
        return steps.stream().<ScaleplanEvent>flatMap(step -> step.event().stream()).toList();
    }

    /** An event as "firing at 2:00" or "resolved at 3:00", so that tables can state expected sequences compactly. */
    static String render(ScaleplanEvent event) {
        Duration offset = Duration.between(T0, event.occurredAt());
        return "%s at %d:%02d".formatted(event instanceof AlertFiring ? "firing" : "resolved", offset.toMinutes(),
                offset.toSecondsPart());
    }

    static List<String> expected(String events) {
        return events == null ? List.of() : Arrays.stream(events.split(",")).map(String::trim).toList();
    }
}
