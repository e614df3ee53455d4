package org.scaleplan.cli.events;

import static org.scaleplan.cli.events.Formats.count;
import static org.scaleplan.cli.events.Formats.duration;
import static org.scaleplan.cli.events.Formats.list;
import static org.scaleplan.cli.events.Formats.number;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.scaleplan.contracts.EventJson;
import org.scaleplan.contracts.ScaleplanEvent;
import org.scaleplan.contracts.alert.AlertFiring;
import org.scaleplan.contracts.alert.AlertResolved;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.contracts.metrics.SeriesLabels;
import org.scaleplan.contracts.phase.PhaseChanged;
import org.scaleplan.contracts.phase.PhaseForecast;

/**
 * One readable summary of a record: what happened, in the words an SRE would use, without the ids that only
 * tracing needs ({@code eventId}, {@code causedBy}) and never a secret or its hash. Phase, alert and metric records
 * are worded here, the other topics' records by their own small classes; a record kind this tool does not know yet
 * (a newer contracts jar) shows as its JSON rather than not at all.
 */
final class Gist {

    private Gist() {
    }

    static String of(ScaleplanEvent event) {
        return evaluated(event)
                .or(() -> CostGist.of(event))
                .or(() -> SecurityGist.of(event))
                .or(() -> IncidentGist.of(event))
                .or(() -> AccessGist.of(event))
                .orElseGet(() -> new String(EventJson.write(event), StandardCharsets.UTF_8));
    }

    /** Records of the metrics, phase-changes and alerts topics. */
    private static Optional<String> evaluated(ScaleplanEvent event) {
        if (event instanceof PhaseChanged changed) {
            return Optional.of(phaseChanged(changed));
        } else if (event instanceof PhaseForecast forecast) {
            return Optional.of(forecast(forecast));
        } else if (event instanceof AlertFiring firing) {
            return Optional.of(firing(firing));
        } else if (event instanceof AlertResolved resolved) {
            return Optional.of(String.format("resolved %s [%s] value %s after firing %s", resolved.alertname(),
                    resolved.severity(), number(resolved.value()),
                    duration(Duration.between(resolved.startsAt(), resolved.endsAt()))));
        } else if (event instanceof MetricSample sample) {
            String labels = sample.labels().isEmpty() ? "" : SeriesLabels.text(sample.labels());
            return Optional.of(sample.name() + labels + " " + number(sample.value()));
        }
        return Optional.empty();
    }

    private static String phaseChanged(PhaseChanged changed) {
        String gist = String.format("phase %d → %d (%s) at %s active users", changed.previousPhase(),
                changed.phase(), changed.phaseName(), count(changed.activeUsers()));
        return changed.actions().isEmpty() ? gist : gist + ": " + list(changed.actions());
    }

    private static String forecast(PhaseForecast forecast) {
        String gist = String.format(Locale.ROOT, "phase %d at %s active users, %+,.1f users/day", forecast.phase(),
                count(forecast.activeUsers()), forecast.growthPerDay());
        if (forecast.nextPhase() == null) {
            return gist + ", top phase";
        }
        String next = "phase " + forecast.nextPhase()
                + (forecast.nextThreshold() == null ? "" : " (" + count(forecast.nextThreshold()) + " users)");
        return forecast.expectedAt() == null
                ? gist + ": " + next + " not in sight"
                : gist + ": " + next + " expected " + Formats.seconds(forecast.expectedAt());
    }

    private static String firing(AlertFiring firing) {
        String gist = String.format("firing %s [%s] value %s, threshold %s", firing.alertname(), firing.severity(),
                number(firing.value()), number(firing.threshold()));
        String summary = firing.annotations().get("summary");
        return summary == null ? gist : gist + ": " + summary;
    }
}
