package org.scaleplan.incident.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.incident.IncidentSource;
import org.scaleplan.contracts.incident.RunbookStepStarted;
import org.scaleplan.incident.incidents.Incident;
import org.scaleplan.incident.outbound.AllowedHosts;
import org.scaleplan.incident.runbooks.Action;
import org.scaleplan.incident.runbooks.OnFailure;
import org.scaleplan.incident.runbooks.Retry;
import org.scaleplan.incident.runbooks.Runbook;
import org.scaleplan.incident.runbooks.Step;
import org.scaleplan.incident.runbooks.Trigger;

/** Scaling against fabric8's mock Kubernetes API server (CRUD mode: it keeps the objects it is sent). */
@EnableKubernetesMockClient(crud = true, https = false)
class KubernetesScalerTests {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

    static KubernetesMockServer server;
    static KubernetesClient client;

    @Test
    void setsTheReplicasOfADeployment() {
        deployment("web", 2);

        String outcome = scaler().scale(run("inc-1"), new Action.Scale(kubernetes("web"), 5, null),
                kubernetes("web")).join();

        assertThat(outcome).isEqualTo("deployment shop/web scaled to 5 replicas");
        assertThat(client.apps().deployments().inNamespace("shop").withName("web").get().getSpec().getReplicas())
                .isEqualTo(5);
    }

    @Test
    void addingReplicasAgainUnderTheSameKeyAddsThemOnce() {
        deployment("api", 2);
        Action.Scale addThree = new Action.Scale(kubernetes("api"), null, 3);

        scaler().scale(run("inc-2"), addThree, kubernetes("api")).join();
        scaler().scale(run("inc-2"), addThree, kubernetes("api")).join();

        var api = client.apps().deployments().inNamespace("shop").withName("api").get();
        assertThat(api.getSpec().getReplicas()).isEqualTo(5);
        assertThat(api.getMetadata().getAnnotations()).containsEntry(KubernetesScaler.ANNOTATION, "inc-2:scale=5");
    }

    @Test
    void scalesAStatefulSet() {
        client.apps().statefulSets().inNamespace("shop").resource(new StatefulSetBuilder().withNewMetadata()
                .withName("db").withNamespace("shop").endMetadata().withNewSpec().withReplicas(1).endSpec().build())
                .create();
        Action.Kubernetes db = new Action.Kubernetes("shop", Action.WorkloadKind.STATEFULSET, "db");

        scaler().scale(run("inc-3"), new Action.Scale(db, 3, null), db).join();

        assertThat(client.apps().statefulSets().inNamespace("shop").withName("db").get().getSpec().getReplicas())
                .isEqualTo(3);
    }

    @Test
    void aMissingWorkloadFailsForGood() {
        assertThatThrownBy(() -> scaler().scale(run("inc-4"), new Action.Scale(kubernetes("nope"), 3, null),
                kubernetes("nope")).join()).cause().isInstanceOfSatisfying(StepFailure.class, failure -> {
                    assertThat(failure.retryable()).isFalse();
                    assertThat(failure.getMessage()).isEqualTo("deployment shop/nope does not exist");
                });
    }

    @Test
    void anApiServerThatIsNotAllowedIsNeverCalled() {
        deployment("guarded", 2);
        KubernetesScaler refused = new KubernetesScaler(client.getConfiguration(),
                new AllowedHosts(List.of("kubernetes.example.com")), Runnable::run);

        assertThatThrownBy(() -> refused.scale(run("inc-5"), new Action.Scale(kubernetes("guarded"), 9, null),
                kubernetes("guarded")).join()).cause().isInstanceOf(StepFailure.class)
                .hasMessageContaining("scaleplan.incident.http.allowed-hosts");
        assertThat(client.apps().deployments().inNamespace("shop").withName("guarded").get().getSpec().getReplicas())
                .isEqualTo(2);
    }

    private static KubernetesScaler scaler() {
        URI api = URI.create(client.getConfiguration().getMasterUrl());
        Config config = client.getConfiguration();
        return new KubernetesScaler(config, new AllowedHosts(List.of(api.getHost() + ":" + api.getPort())),
                Runnable::run);
    }

    private static void deployment(String name, int replicas) {
        client.apps().deployments().inNamespace("shop").resource(new DeploymentBuilder().withNewMetadata()
                .withName(name).withNamespace("shop").endMetadata().withNewSpec().withReplicas(replicas).endSpec()
                .build()).create();
    }

    private static Action.Kubernetes kubernetes(String name) {
        return new Action.Kubernetes("shop", Action.WorkloadKind.DEPLOYMENT, name);
    }

    private static StepRun run(String incidentId) {
        Step step = new Step("scale", new Action.Wait(Duration.ZERO), Duration.ofSeconds(10), Retry.NONE, null, null);
        Runbook runbook = new Runbook("rb", new Trigger(IncidentSource.ALERT, Map.of()), List.of(step),
                OnFailure.ESCALATE);
        Incident incident = new Incident(incidentId, "shop", "fp", IncidentSource.ALERT, "t", "critical", Map.of(),
                Incident.Status.OPEN, false, T0, T0, null, UUID.randomUUID(), List.of());
        return new StepRun(incident, runbook, step, new RunbookStepStarted(UUID.randomUUID(), T0, "shop",
                incidentId, "rb", "scale", "scale", 1, List.of()));
    }
}
