package org.scaleplan.incident.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.scaleplan.access.Caller;
import org.scaleplan.access.FieldProblem;
import org.scaleplan.access.InvalidRequestException;
import org.scaleplan.contracts.EventIds;
import org.scaleplan.contracts.incident.IncidentSource;
import org.scaleplan.incident.engine.Inbox;
import org.scaleplan.incident.engine.InboxEntry;
import org.scaleplan.incident.incidents.Signal;
import org.scaleplan.incident.incidents.Signal.Kind;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Alertmanager's webhook receiver: the version 4 payload exactly as Alertmanager sends it. Each alert is a signal:
 * firing triggers, resolved resolves, deduplicated on Alertmanager's own fingerprint. Alertmanager delivers at least
 * once and resends firing alerts every {@code repeat_interval}: a signal's id is derived from the alert's
 * fingerprint, start and status, so a resend of the same alert changes nothing. The system is the alert's
 * {@code system} label, else the {@code system} query parameter of the receiver's URL.
 */
@RestController
class AlertmanagerController {

    private final Inbox inbox;

    AlertmanagerController(Inbox inbox) {
        this.inbox = inbox;
    }

    /** The webhook payload; fields Scaleplan does not use are ignored. */
    record Payload(@Nullable String version, @Nullable String status, @Nullable List<Alert> alerts) {
    }

    record Alert(@Nullable String status, @Nullable Map<String, String> labels,
            @Nullable Map<String, String> annotations, @Nullable Instant startsAt, @Nullable Instant endsAt,
            @Nullable String fingerprint) {
    }

    record Accepted(int signals) {
    }

    @PostMapping("/v1/integrations/alertmanager")
    Accepted receive(@RequestBody Payload payload, @RequestParam(required = false) @Nullable String system,
            Caller caller) {
        if (!"4".equals(payload.version())) {
            throw new InvalidRequestException(List.of(new FieldProblem("version",
                    "must be \"4\" (the Alertmanager webhook payload version), was " + payload.version())));
        }
        List<Alert> alerts = payload.alerts() == null ? List.of() : payload.alerts();
        List<FieldProblem> problems = new ArrayList<>();
        List<Signal> signals = new ArrayList<>();
        for (int i = 0; i < alerts.size(); i++) {
            Signal signal = signal(alerts.get(i), "alerts[" + i + "]", system, caller, problems);
            if (signal != null) {
                signals.add(signal);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        signals.forEach(signal -> inbox.send(InboxEntry.signal(signal)));
        return new Accepted(signals.size());
    }

    private static @Nullable Signal signal(Alert alert, String at, @Nullable String defaultSystem, Caller caller,
            List<FieldProblem> problems) {
        Map<String, String> labels = alert.labels() == null ? Map.of() : new TreeMap<>(alert.labels());
        String system = labels.getOrDefault("system", defaultSystem);
        int before = problems.size();
        if (system == null || system.isBlank()) {
            problems.add(new FieldProblem(at + ".labels.system", "is required (or ?system= on the receiver URL)"));
        } else if (!caller.canSee(system)) {
            problems.add(new FieldProblem(at + ".labels.system", "is not a system this key may write"));
        }
        boolean resolved = "resolved".equals(alert.status());
        if (!resolved && !"firing".equals(alert.status())) {
            problems.add(new FieldProblem(at + ".status", "must be firing or resolved, was " + alert.status()));
        }
        if (alert.startsAt() == null) {
            problems.add(new FieldProblem(at + ".startsAt", "is required"));
        }
        if (problems.size() > before) {
            return null;
        }
        String fingerprint = alert.fingerprint() != null && !alert.fingerprint().isBlank() ? alert.fingerprint()
                : labels.entrySet().stream().map(l -> l.getKey() + "=" + l.getValue())
                        .collect(Collectors.joining(",", "{", "}"));
        Instant occurredAt = resolved && alert.endsAt() != null && alert.endsAt().isAfter(alert.startsAt())
                ? alert.endsAt() : alert.startsAt();
        String alertname = labels.getOrDefault("alertname", "alert");
        Map<String, String> annotations = alert.annotations() == null ? Map.of() : alert.annotations();
        return new Signal(EventIds.of("alertmanager", system, fingerprint, alert.startsAt(), alert.status()),
                occurredAt, system, "alertmanager/" + fingerprint, IncidentSource.ALERT,
                resolved ? Kind.RESOLVE : Kind.TRIGGER,
                annotations.getOrDefault("summary", alertname + " on " + system),
                labels.getOrDefault("severity", "warning"), labels);
    }
}
