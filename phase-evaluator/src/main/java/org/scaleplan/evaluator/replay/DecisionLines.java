package org.scaleplan.evaluator.replay;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.alert.AlertFiring;
import org.scaleplan.contracts.alert.AlertResolved;
import org.scaleplan.contracts.phase.PhaseChanged;
import org.scaleplan.contracts.phase.PhaseForecast;

/** One readable line per decision: when, which system, and the gist. */
public final class DecisionLines {

    private DecisionLines() {
    }

    public static String line(SystemEvent decision) {
        return decision.occurredAt() + "  " + decision.system() + "  " + gist(decision);
    }

    private static String gist(SystemEvent decision) {
        if (decision instanceof PhaseChanged c) {
            return "phase " + c.previousPhase() + " -> " + c.phase() + " (" + c.phaseName() + ") at "
                    + users(c.activeUsers()) + " active users; plan: " + String.join(", ", c.actions());
        }
        if (decision instanceof PhaseForecast f) {
            return forecast(f);
        }
        if (decision instanceof AlertFiring a) {
            return "FIRING " + a.alertname() + " " + a.severity() + " " + sorted(a.labels()) + ": " + number(a.value())
                    + " against " + number(a.threshold()) + " since " + a.startsAt();
        }
        if (decision instanceof AlertResolved r) {
            return "RESOLVED " + r.alertname() + " " + r.severity() + " " + sorted(r.labels()) + ": " + number(r.value())
                    + ", fired " + r.startsAt() + " to " + r.endsAt();
        }
        return decision.getClass().getSimpleName();
    }

    private static String forecast(PhaseForecast f) {
        String now = "forecast: phase " + f.phase() + " at " + users(f.activeUsers()) + " active users, "
                + String.format(Locale.ROOT, "%+,.0f", f.growthPerDay()) + "/day; ";
        if (f.nextPhase() == null) {
            return now + "no higher phase";
        }
        return now + (f.expectedAt() == null ? "phase " + f.nextPhase() + " not in sight"
                : "phase " + f.nextPhase() + " (" + users(f.nextThreshold()) + ") expected " + f.expectedAt());
    }

    private static Map<String, String> sorted(Map<String, String> labels) {
        return new TreeMap<>(labels);
    }

    private static String users(long users) {
        return String.format(Locale.ROOT, "%,d", users);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.4g", value);
    }
}
