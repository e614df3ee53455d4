package org.scaleplan.cli.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scaleplan.cli.events.Fixtures.AT;
import static org.scaleplan.cli.events.Fixtures.ID;
import static org.scaleplan.cli.events.Fixtures.causedBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.access.ActionAudited;
import org.scaleplan.contracts.access.ApiKeyIssued;
import org.scaleplan.contracts.access.ApiKeyRevoked;
import org.scaleplan.contracts.access.Outcome;
import org.scaleplan.contracts.alert.AlertFiring;
import org.scaleplan.contracts.cost.Basis;
import org.scaleplan.contracts.cost.BudgetSet;
import org.scaleplan.contracts.cost.CostProjected;
import org.scaleplan.contracts.incident.IncidentResolved;
import org.scaleplan.contracts.incident.RunbookStepFailed;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.contracts.phase.Direction;
import org.scaleplan.contracts.phase.PhaseChanged;
import org.scaleplan.contracts.phase.PhaseForecast;
import org.scaleplan.contracts.security.Scope;
import org.scaleplan.contracts.security.ScopeType;
import org.scaleplan.contracts.security.SecurityIncidentDetected;

/** The gists of records built here for what golden records do not show: absent fields, other states. */
class GistTests {

    @Nested
    class PhasesAlertsAndMetrics {

        @Test
        void leavesOutTheActionsWhenAPhaseChangeHasNone() {
            PhaseChanged down = new PhaseChanged(ID, AT, "shop-prod", 3, 2, "Growth", Direction.DOWN, 4_100,
                    List.of(), causedBy());

            assertThat(Gist.of(down)).isEqualTo("phase 3 → 2 (Growth) at 4,100 active users");
        }

        @Test
        void saysWhenThereIsNoHigherPhase() {
            PhaseForecast top = new PhaseForecast(ID, AT, "shop-prod", 4, 25_000, 120, null, null, null, causedBy());

            assertThat(Gist.of(top)).isEqualTo("phase 4 at 25,000 active users, +120.0 users/day, top phase");
        }

        @Test
        void saysWhenAShrinkingSystemWillNotReachTheNextPhase() {
            PhaseForecast shrinking = new PhaseForecast(ID, AT, "shop-prod", 2, 1_234, -12.5, 3, 5_000L, null,
                    causedBy());

            assertThat(Gist.of(shrinking))
                    .isEqualTo("phase 2 at 1,234 active users, -12.5 users/day: phase 3 (5,000 users) not in sight");
        }

        @Test
        void leavesOutTheSummaryOfARuleThatHasNone() {
            AlertFiring firing = new AlertFiring(ID, AT, "shop-prod", "f1", "HighCpu", "warning", Map.of(),
                    Map.of("runbook_url", "https://runbooks.example/cpu"), 0.93, 0.9, AT, causedBy());

            assertThat(Gist.of(firing)).isEqualTo("firing HighCpu [warning] value 0.93, threshold 0.9");
        }

        @Test
        void writesASampleWithoutLabelsAsItsNameAndValue() {
            MetricSample sample = new MetricSample(ID, AT, "shop-prod", "cpu_utilization", Map.of(), 0.42, AT);

            assertThat(Gist.of(sample)).isEqualTo("cpu_utilization 0.42");
        }
    }

    @Nested
    class Costs {

        @Test
        void leavesOutWhatAProjectionWithoutUsersOrBudgetLacks() {
            CostProjected projected = new CostProjected(ID, AT, "shop-prod", 1, new BigDecimal("120"), null, null,
                    null, causedBy());

            assertThat(Gist.of(projected)).isEqualTo("phase 1 projected at $120.00/month");
        }

        @Test
        void saysWhenAProjectionIsOverBudget() {
            CostProjected projected = new CostProjected(ID, AT, "shop-prod", 3, new BigDecimal("2400"),
                    new BigDecimal("0.31"), new BigDecimal("1000"), false, causedBy());

            assertThat(Gist.of(projected))
                    .isEqualTo("phase 3 projected at $2,400.00/month, $0.3100 per user, over the $1,000.00 budget");
        }

        @Test
        void saysWhenABudgetHasNoThresholds() {
            BudgetSet set = new BudgetSet(ID, AT, "shop-prod", new BigDecimal("500"), List.of(),
                    List.of(Basis.ACTUAL), "admin-1");

            assertThat(Gist.of(set)).isEqualTo("budget $500.00/month, no thresholds, set by admin-1");
        }
    }

    @Nested
    class SecurityAndIncidents {

        @Test
        void marksASimulatedDetection() {
            SecurityIncidentDetected drill = new SecurityIncidentDetected(ID, AT, "shop-prod", "request-flood",
                    new Scope(ScopeType.ADDRESS, "*"), "warning", "traffic 5x baseline", true, causedBy());

            assertThat(Gist.of(drill))
                    .isEqualTo("simulated request-flood [warning] from address *: traffic 5x baseline");
        }

        @Test
        void saysWhenAFailedStepWillBeRetried() {
            RunbookStepFailed failed = new RunbookStepFailed(ID, AT, "shop-prod", "inc-7", "system-failure",
                    "scale-out", 1, "HTTP 503", true, causedBy());

            assertThat(Gist.of(failed)).isEqualTo("inc-7 step system-failure/scale-out attempt 1 failed, will retry: "
                    + "HTTP 503");
        }

        @Test
        void leavesOutTheReasonAPersonDidNotGive() {
            IncidentResolved resolved = new IncidentResolved(ID, AT, "shop-prod", "inc-7", "on-call alice", null,
                    causedBy());

            assertThat(Gist.of(resolved)).isEqualTo("inc-7 resolved by on-call alice");
        }
    }

    @Nested
    class KeysAndAudit {

        private static final String SECRET_HASH = "9f2c5b7e1a4d8c3f6b0e2a9d7c5f1b3e8a6d4c2f0b9e7a5d3c1f8e6b4a2d0c9f";

        @Test
        void showsAKeyForAllSystemsThatNeverExpires() {
            ApiKeyIssued issued = new ApiKeyIssued(ID, AT, "key_1", "ops", SECRET_HASH, List.of("viewer", "operator"),
                    List.of(), null, "bootstrap");

            assertThat(Gist.of(issued)).isEqualTo("key key_1 \"ops\" issued by bootstrap: roles [viewer, operator], "
                    + "all systems, never expires");
        }

        @Test
        void neverShowsTheHashOfASecret() {
            ApiKeyIssued issued = new ApiKeyIssued(ID, AT, "key_1", "ops", SECRET_HASH, List.of("admin"), List.of(),
                    null, "bootstrap");
            ApiKeyRevoked revoked = new ApiKeyRevoked(ID, AT, "key_1", "ops", SECRET_HASH, "key_0");

            assertThat(List.of(Gist.of(issued), Gist.of(revoked))).noneMatch(gist -> gist.contains(SECRET_HASH));
        }

        @Test
        void namesAnUnauthenticatedCallerAnonymous() {
            ActionAudited denied = new ActionAudited(ID, AT, null, "cost-service", null, null,
                    "PUT /v1/systems/{system}/budget", "/v1/systems/shop-prod/budget", 401, Outcome.DENIED);

            assertThat(Gist.of(denied))
                    .isEqualTo("anonymous PUT /v1/systems/shop-prod/budget on cost-service: 401 denied");
        }

        @Test
        void namesACallerByKeyIdWhenItsNameIsUnknown() {
            ActionAudited failed = new ActionAudited(ID, AT, "shop-prod", "incident-service", "key_9", null,
                    "POST /v1/incidents/{id}/resolve", "/v1/incidents/inc-7/resolve", 500, Outcome.FAILED);

            assertThat(Gist.of(failed))
                    .isEqualTo("key_9 POST /v1/incidents/inc-7/resolve on incident-service: 500 failed");
        }
    }
}
