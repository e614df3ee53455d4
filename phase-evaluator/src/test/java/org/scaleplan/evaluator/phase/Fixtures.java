package org.scaleplan.evaluator.phase;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scaleplan.contracts.EventIds;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.contracts.phase.PhaseChanged;

/** Samples and scenarios for the phase machine tests, in event time from {@link #T0}. */
final class Fixtures {

    static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    static final String SYSTEM = "shop";
    static final Duration EVERY = Duration.ofSeconds(30);

    /** "1200 for 6m" or, with deterministic noise, "1000~2% for 60m". */
    private static final Pattern SEGMENT = Pattern.compile("(\\d+)(?:~(\\d+)%)? for (\\d+)([ms])");

    private Fixtures() {
    }

    /** The instant {@code m:ss} after {@link #T0}, e.g. {@code at("6:30")}. */
    static Instant at(String minutesSeconds) {
        String[] parts = minutesSeconds.split(":");
        return T0.plus(Duration.ofMinutes(Long.parseLong(parts[0])).plusSeconds(Long.parseLong(parts[1])));
    }

    static MetricSample sample(Instant at, double users) {
        return new MetricSample(EventIds.of("test-sample", SYSTEM, at, users), at, SYSTEM, PhaseMachine.METRIC,
                Map.of(), users, at.plusMillis(250));
    }

    static MetricSample sample(String minutesSeconds, double users) {
        return sample(at(minutesSeconds), users);
    }

    /** Samples every 30 s from {@link #T0}, segment after segment, e.g. {@code "1200 for 6m; 950 for 60m"}. */
    static List<MetricSample> scenario(String segments) {
        List<MetricSample> samples = new ArrayList<>();
        for (String segment : segments.split(";")) {
            Matcher m = SEGMENT.matcher(segment.trim());
            if (!m.matches()) {
                throw new IllegalArgumentException("bad segment: " + segment);
            }
            double level = Double.parseDouble(m.group(1));
            double noise = m.group(2) == null ? 0 : Double.parseDouble(m.group(2)) / 100;
            Duration length = m.group(4).equals("m") ? Duration.ofMinutes(Long.parseLong(m.group(3)))
                    : Duration.ofSeconds(Long.parseLong(m.group(3)));
            for (long i = 0; i < length.dividedBy(EVERY); i++) {
                int n = samples.size();
                samples.add(sample(T0.plus(EVERY.multipliedBy(n)), level * (1 + noise * Math.sin(n * 1.7))));
            }
        }
        return samples;
    }

    /** Every step of feeding {@code samples}, in order, to {@code machine} from a system not seen before. */
    static List<PhaseMachine.Step> run(PhaseMachine machine, List<MetricSample> samples) {
        List<PhaseMachine.Step> steps = new ArrayList<>();
        PhaseState state = null;
        for (MetricSample sample : samples) {
            PhaseMachine.Step step = machine.step(state, sample);
            steps.add(step);
            state = step.state();
        }
        return steps;
    }

    static List<PhaseChanged> changes(List<PhaseMachine.Step> steps) {
        return steps.stream().flatMap(step -> step.change().stream()).toList();
    }

    /** A change as "1->2 at 5:00", so that tables can state expected sequences compactly. */
    static String render(PhaseChanged change) {
        Duration offset = Duration.between(T0, change.occurredAt());
        return "%d->%d at %d:%02d".formatted(change.previousPhase(), change.phase(), offset.toMinutes(),
                offset.toSecondsPart());
    }

    static List<String> expected(String changes) {
        return changes == null ? List.of() : Arrays.stream(changes.split(",")).map(String::trim).toList();
    }

    static PhaseState last(List<PhaseMachine.Step> steps) {
        return steps.get(steps.size() - 1).state();
    }
}
