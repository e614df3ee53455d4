package org.scaleplan.incident;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.scaleplan.incident.incidents.IncidentLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code scaleplan.incident.*}.
 *
 * @param runbooksDir a directory of runbook files ({@code *.yml}, {@code *.yaml}); unset: the shipped runbooks
 * @param dryRun steps that act outside Scaleplan record what they would call instead of calling it
 * @param inboxPartitions the partitions of the inbox topic when this service creates it: at most this many
 *        instances share the work
 * @param engineSessionTimeout how soon the inbox partitions (and runs) of an instance that died move to another
 * @param retention how long a resolved incident stays in memory after it resolved, in the incident log's time
 * @param maxIncidents the incidents held in memory, open and resolved (see {@link IncidentLimits})
 * @param maxTimelineEntries the timeline entries held per incident: its opening and the newest ones
 */
@ConfigurationProperties("scaleplan.incident")
public record IncidentProperties(@Nullable Path runbooksDir, @DefaultValue("false") boolean dryRun,
        @DefaultValue("3") int inboxPartitions, @DefaultValue("10s") Duration engineSessionTimeout,
        @DefaultValue("7d") Duration retention, @DefaultValue("1000") int maxIncidents,
        @DefaultValue("50") int maxTimelineEntries, @DefaultValue Http http, @DefaultValue Kubernetes kubernetes) {

    public IncidentLimits limits() {
        return new IncidentLimits(retention, maxIncidents, maxTimelineEntries);
    }

    /**
     * The cluster whose workloads {@code scale} steps scale; its API server must also be an allowed host.
     *
     * @param masterUrl the API server; unset: the kubeconfig or, inside a cluster, the service account
     * @param token the bearer token (keep it in the environment: SCALEPLAN_INCIDENT_KUBERNETES_TOKEN)
     */
    public record Kubernetes(@Nullable String masterUrl, @Nullable String token,
            @DefaultValue("false") boolean trustCerts) {

        @Override
        public String toString() {
            return "Kubernetes[masterUrl=" + masterUrl + ", token=" + (token == null ? "unset" : "(set)") + "]";
        }
    }

    /**
     * @param allowedHosts the only hosts outbound calls may go to, e.g. {@code hooks.slack.com},
     *        {@code *.example.com}
     */
    public record Http(@DefaultValue List<String> allowedHosts) {
    }
}
