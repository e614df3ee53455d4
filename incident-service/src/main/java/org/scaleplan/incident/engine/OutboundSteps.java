package org.scaleplan.incident.engine;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.scaleplan.contracts.EventJson;
import org.scaleplan.incident.incidents.Incident;
import org.scaleplan.incident.outbound.HostNotAllowedException;
import org.scaleplan.incident.outbound.HttpOutcome;
import org.scaleplan.incident.outbound.OutboundHttp;
import org.scaleplan.incident.outbound.OutboundRequest;
import org.scaleplan.incident.runbooks.Action;
import tools.jackson.databind.JsonNode;

/**
 * The steps that act outside Scaleplan: {@code http}, {@code notify}, and {@code scale} through a generic HTTP scaler
 * or a Kubernetes workload's {@code /scale} subresource ({@link KubernetesScaler}).
 * Every call goes through {@link OutboundHttp} (allowed hosts checked before connecting, a circuit breaker per host)
 * with {@code Idempotency-Key: <incidentId>:<stepId>}. A 2xx answer is success; 408, 429 and 5xx are worth another
 * attempt; any other answer is not. In dry-run mode nothing is called: the step succeeds saying what it would call.
 */
public class OutboundSteps implements ExternalSteps {

    private final OutboundHttp http;
    private final KubernetesScaler kubernetes;
    private final boolean dryRun;

    public OutboundSteps(OutboundHttp http, KubernetesScaler kubernetes, boolean dryRun) {
        this.http = http;
        this.kubernetes = kubernetes;
        this.dryRun = dryRun;
    }

    @Override
    public CompletableFuture<String> perform(StepRun run) {
        Action action = run.step().action();
        if (action instanceof Action.Http call) {
            Map<String, String> headers = new LinkedHashMap<>();
            call.headers().forEach((name, value) -> headers.put(name, run.render(value)));
            return call(run, call.method(), run.render(call.url()), headers,
                    call.body() == null ? null : run.render(call.body()));
        }
        if (action instanceof Action.Notify notify) {
            return call(run, "POST", run.render(notify.url()), Map.of(), notification(notify, run));
        }
        if (action instanceof Action.Scale scale && scale.target() instanceof Action.HttpScaler scaler) {
            return scale(run, scale, run.render(scaler.url()));
        }
        Action.Scale scale = (Action.Scale) action;
        Action.Kubernetes workload = (Action.Kubernetes) scale.target();
        if (dryRun) {
            return CompletableFuture.completedFuture("dry-run: would scale " + workload.kind().name()
                    .toLowerCase(Locale.ROOT) + " " + workload.namespace() + "/" + workload.name()
                    + (scale.replicas() != null ? " to " + scale.replicas() : " by " + scale.add()) + " replicas");
        }
        return kubernetes.scale(run, scale, workload);
    }

    private CompletableFuture<String> call(StepRun run, String method, String url, Map<String, String> headers,
            String body) {
        if (dryRun) {
            return CompletableFuture.completedFuture("dry-run: would " + method + " " + url);
        }
        OutboundRequest request = new OutboundRequest(method, URI.create(url), headers, body, run.idempotencyKey(),
                run.step().timeout());
        return http.send(request).handle((outcome, error) -> {
            if (error != null) {
                throw refusal(method, url, error);
            }
            return answered(method, url, outcome);
        });
    }

    /**
     * Why the call did not get an answer, naming it: a host that is not allowed cannot become allowed by trying
     * again; anything else (a refused connection, an open circuit breaker) might pass later.
     */
    private static StepFailure refusal(String method, String url, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof StepFailure failure) {
            return failure;
        }
        if (cause instanceof HostNotAllowedException) {
            return new StepFailure(cause.getMessage(), false);
        }
        String why = cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return new StepFailure(method + " " + url + ": " + why, true);
    }

    /** Reads the replicas now, then sets the target: {@code replicas}, or now plus {@code add}. */
    private CompletableFuture<String> scale(StepRun run, Action.Scale scale, String url) {
        if (scale.replicas() != null) {
            return call(run, "PUT", url, Map.of(), replicasJson(scale.replicas()));
        }
        if (dryRun) {
            return CompletableFuture.completedFuture("dry-run: would add " + scale.add() + " replicas at " + url);
        }
        Duration timeout = run.step().timeout();
        return http.send(new OutboundRequest("GET", URI.create(url), Map.of(), null, run.idempotencyKey(), timeout))
                .thenCompose(current -> {
                    answered("GET", url, current);
                    JsonNode replicas = EventJson.mapper().readTree(current.body()).get("replicas");
                    if (replicas == null || !replicas.isIntegralNumber()) {
                        throw new StepFailure("GET " + url + " did not answer {\"replicas\": n}", false);
                    }
                    return call(run, "PUT", url, Map.of(), replicasJson(Math.max(0, replicas.asInt() + scale.add())));
                });
    }

    private static String answered(String method, String url, HttpOutcome outcome) {
        int status = outcome.status();
        if (status >= 200 && status < 300) {
            return method + " " + url + ": HTTP " + status;
        }
        boolean retryable = status == 408 || status == 429 || status >= 500;
        throw new StepFailure(method + " " + url + ": HTTP " + status
                + (outcome.body().isBlank() ? "" : ": " + outcome.body()), retryable);
    }

    private static String notification(Action.Notify notify, StepRun run) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("text", run.render(notify.text()));
        if (notify.format() == Action.NotifyFormat.WEBHOOK) {
            Incident incident = run.incident();
            message.put("incident", Map.of("id", incident.incidentId(), "system", incident.system(),
                    "title", incident.title(), "severity", incident.severity(), "status",
                    incident.status().name(), "labels", incident.labels()));
        }
        return EventJson.mapper().writeValueAsString(message);
    }

    private static String replicasJson(int replicas) {
        return "{\"replicas\":" + replicas + "}";
    }
}
