package org.scaleplan.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;

import io.fabric8.kubernetes.client.Config;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.incident.IncidentSource;
import org.scaleplan.contracts.incident.RunbookStepStarted;
import org.scaleplan.incident.engine.KubernetesScaler;
import org.scaleplan.incident.engine.OutboundSteps;
import org.scaleplan.incident.engine.StepFailure;
import org.scaleplan.incident.engine.StepRun;
import org.scaleplan.incident.incidents.Incident;
import org.scaleplan.incident.outbound.AllowedHosts;
import org.scaleplan.incident.outbound.OutboundHttp;
import org.scaleplan.incident.runbooks.Action;
import org.scaleplan.incident.runbooks.OnFailure;
import org.scaleplan.incident.runbooks.Retry;
import org.scaleplan.incident.runbooks.Runbook;
import org.scaleplan.incident.runbooks.Step;
import org.scaleplan.incident.runbooks.Trigger;

/** The HTTP-calling steps against a local target: what is sent, how answers are judged, and dry-run. */
class OutboundStepsTests {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

    private final LocalTarget target = new LocalTarget();
    private final String base = "http://127.0.0.1:" + target.port();
    private final int silentPort = freePort();
    private final AllowedHosts hosts = new AllowedHosts(List.of("127.0.0.1:" + target.port(),
            "127.0.0.1:" + silentPort));
    private final OutboundHttp http = new OutboundHttp(hosts, CircuitBreakerRegistry.ofDefaults());

    @AfterEach
    void close() {
        target.close();
    }

    @Test
    void aNotificationPostsSlackJsonWithTheRunsVariablesFilledIn() {
        String outcome = steps(false).perform(run(new Action.Notify(Action.NotifyFormat.SLACK,
                base + "/hook/{{incident.system}}", "{{incident.title}} ({{labels.service}})"))).join();

        assertThat(outcome).isEqualTo("POST " + base + "/hook/shop: HTTP 200");
        assertThat(target.requests("/hook/shop")).singleElement().satisfies(request -> {
            assertThat(request.body()).isEqualTo("{\"text\":\"errors on shop (checkout)\"}");
            assertThat(request.idempotencyKey()).isEqualTo("inc-1:step");
        });
    }

    @Test
    void addingReplicasReadsTheCurrentCountThenSetsTheTarget() {
        steps(false).perform(run(new Action.Scale(new Action.HttpScaler(base + "/scale"), null, 3)))
                .join();

        assertThat(target.requests("/scale")).extracting(LocalTarget.Request::method, LocalTarget.Request::body)
                .containsExactly(tuple("GET", ""), tuple("PUT", "{\"replicas\":5}"));
    }

    @Test
    void a503IsWorthAnotherAttemptAndAHostNotAllowedIsNot() {
        target.failNext(1);
        OutboundSteps steps = steps(false);

        assertThatThrownBy(() -> steps.perform(run(new Action.Http("POST", base + "/x", Map.of(), null))).join())
                .isInstanceOf(CompletionException.class).cause().isInstanceOfSatisfying(StepFailure.class,
                        failure -> assertThat(failure.retryable()).isTrue());
        assertThatThrownBy(() -> steps.perform(run(new Action.Http("POST", "http://127.0.0.1:9/x", Map.of(), null)))
                .join()).cause().isInstanceOfSatisfying(StepFailure.class, failure -> {
                    assertThat(failure.retryable()).isFalse();
                    assertThat(failure.getMessage()).contains("scaleplan.incident.http.allowed-hosts");
                });
    }

    @Test
    void aCallNobodyAnswersFailsNamingTheCallAndIsWorthAnotherAttempt() {
        String url = "http://127.0.0.1:" + silentPort + "/x";

        assertThatThrownBy(() -> steps(false).perform(run(new Action.Http("POST", url, Map.of(), null))).join())
                .cause().isInstanceOfSatisfying(StepFailure.class, failure -> {
                    assertThat(failure.retryable()).isTrue();
                    assertThat(failure.getMessage()).startsWith("POST " + url + ": ConnectException");
                });
    }

    @Test
    void inDryRunNothingIsCalledAndTheStepSaysWhatItWouldHaveCalled() {
        String outcome = steps(true).perform(run(new Action.Http("DELETE",
                base + "/cache/{{incident.system}}", Map.of(), null))).join();

        assertThat(outcome).isEqualTo("dry-run: would DELETE " + base + "/cache/shop");
        assertThat(target.requests("/cache/shop")).isEmpty();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private OutboundSteps steps(boolean dryRun) {
        return new OutboundSteps(http, new KubernetesScaler(Config.empty(), hosts, Runnable::run), dryRun);
    }

    private static StepRun run(Action action) {
        Step step = new Step("step", action, Duration.ofSeconds(5), Retry.NONE, null, null);
        Runbook runbook = new Runbook("rb", new Trigger(IncidentSource.ALERT, Map.of()), List.of(step),
                OnFailure.ESCALATE);
        Incident incident = new Incident("inc-1", "shop", "fp", IncidentSource.ALERT, "errors on shop", "critical",
                Map.of("service", "checkout"), Incident.Status.OPEN, false, T0, T0, null, UUID.randomUUID(),
                List.of());
        return new StepRun(incident, runbook, step, new RunbookStepStarted(UUID.randomUUID(), T0, "shop", "inc-1",
                "rb", "step", step.type().yamlName(), 1, List.of()));
    }
}
