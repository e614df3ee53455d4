package org.scaleplan.incident.engine;

import static org.scaleplan.incident.runbooks.Action.WorkloadKind.DEPLOYMENT;

import java.net.URI;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.RollableScalableResource;
import org.scaleplan.incident.outbound.AllowedHosts;
import org.scaleplan.incident.outbound.HostNotAllowedException;
import org.scaleplan.incident.runbooks.Action;

/**
 * Scales a Deployment or StatefulSet through its {@code /scale} subresource with the fabric8 Kubernetes client.
 * The API server must be among the allowed hosts, checked before any connection. Every request carries the step's
 * {@code Idempotency-Key}, and so that adding replicas happens once however often the step is attempted, the target
 * is recorded on the workload first (annotation {@value #ANNOTATION}: {@code <key>=<replicas>}): an attempt that
 * finds its own key there sets the recorded target instead of adding again.
 */
public class KubernetesScaler {

    public static final String ANNOTATION = "scaleplan.org/scaled-by";

    private final Config cluster;
    private final AllowedHosts allowedHosts;
    private final Executor executor;

    /** @param cluster the API server and credentials ({@code scaleplan.incident.kubernetes.*}, else auto-configured) */
    public KubernetesScaler(Config cluster, AllowedHosts allowedHosts, Executor executor) {
        this.cluster = cluster;
        this.allowedHosts = allowedHosts;
        this.executor = executor;
    }

    public CompletableFuture<String> scale(StepRun run, Action.Scale scale, Action.Kubernetes target) {
        return CompletableFuture.supplyAsync(() -> {
            checkAllowed();
            Config config = new ConfigBuilder(cluster)
                    .withCustomHeaders(Map.of("Idempotency-Key", run.idempotencyKey()))
                    .withRequestTimeout((int) run.step().timeout().toMillis())
                    .withRequestRetryBackoffLimit(0)
                    .build();
            try (KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build()) {
                RollableScalableResource<? extends HasMetadata> workload = target.kind() == DEPLOYMENT
                        ? client.apps().deployments().inNamespace(target.namespace()).withName(target.name())
                        : client.apps().statefulSets().inNamespace(target.namespace()).withName(target.name());
                return scale(workload, run.idempotencyKey(), scale, describe(target));
            } catch (KubernetesClientException e) {
                int code = e.getCode();
                boolean retryable = code == 0 || code == 408 || code == 409 || code == 429 || code >= 500;
                throw new StepFailure("scaling " + describe(target) + ": " + (code == 0 ? "" : "HTTP " + code + ": ")
                        + e.getMessage(), retryable);
            }
        }, executor);
    }

    private static <T extends HasMetadata> String scale(RollableScalableResource<T> workload, String key,
            Action.Scale scale, String what) {
        T current = workload.get();
        if (current == null) {
            throw new StepFailure(what + " does not exist", false);
        }
        Map<String, String> annotations = current.getMetadata().getAnnotations();
        String recorded = annotations == null ? null : annotations.get(ANNOTATION);
        int target;
        if (recorded != null && recorded.startsWith(key + "=")) {
            target = Integer.parseInt(recorded.substring(key.length() + 1));
        } else {
            int now = workload.scale().getSpec().getReplicas();
            target = Math.max(0, scale.replicas() != null ? scale.replicas() : now + scale.add());
            int value = target;
            workload.edit(resource -> {
                Map<String, String> all = new HashMap<>(resource.getMetadata().getAnnotations() == null ? Map.of()
                        : resource.getMetadata().getAnnotations());
                all.put(ANNOTATION, key + "=" + value);
                resource.getMetadata().setAnnotations(all);
                return resource;
            });
        }
        workload.scale(target);
        return what + " scaled to " + target + " replicas";
    }

    private void checkAllowed() {
        URI server = URI.create(cluster.getMasterUrl());
        try {
            allowedHosts.check(server);
        } catch (HostNotAllowedException e) {
            throw new StepFailure(e.getMessage(), false);
        } catch (UnknownHostException e) {
            throw new StepFailure("the Kubernetes API server " + server.getHost() + " does not resolve", true);
        }
    }

    private static String describe(Action.Kubernetes target) {
        return target.kind().name().toLowerCase(Locale.ROOT) + " " + target.namespace() + "/"
                + target.name();
    }
}
