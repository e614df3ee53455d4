package org.scaleplan.incident.runbooks;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.scaleplan.config.Comparison;
import org.scaleplan.contracts.Require;

/**
 * What a step does. Texts marked as templates may hold {@code {{incident.id}}} and the other variables of
 * {@link Templates}, filled in when the step runs.
 */
public sealed interface Action {

    /**
     * Calls {@code url} with {@code method}, {@code headers} and {@code body} (templates); any 2xx is success.
     * Carries {@code Idempotency-Key: <incidentId>:<stepId>} like every outbound call.
     */
    record Http(String method, String url, Map<String, String> headers, @Nullable String body) implements Action {

        public Http {
            Require.text(method, "method");
            Require.text(url, "url");
            headers = sorted(headers);
        }
    }

    /**
     * Posts {@code text} to the incoming webhook at {@code url} (both templates), as Slack's JSON
     * ({@code {"text": ...}}) or generic.
     */
    record Notify(NotifyFormat format, String url, String text) implements Action {

        public Notify {
            Require.present(format, "format");
            Require.text(url, "url");
            Require.text(text, "text");
        }
    }

    /** The shape of a {@link Notify} message. */
    enum NotifyFormat {
        /** {@code {"text": "..."}}, which Slack, Mattermost and Rocket.Chat incoming webhooks accept. */
        SLACK,
        /** {@code {"incident": {...}, "text": "..."}}: the incident as JSON, for any other receiver. */
        WEBHOOK
    }

    /**
     * Sets the replicas of a workload: a Kubernetes Deployment or StatefulSet through its {@code /scale}
     * subresource, or any scaler through an HTTP call ({@code PUT url} with {@code {"replicas": n}}).
     *
     * @param replicas the replicas to set; or null with {@code add}
     * @param add replicas to add to the current count (may be negative); or null with {@code replicas}
     */
    record Scale(ScaleTarget target, @Nullable Integer replicas, @Nullable Integer add) implements Action {

        public Scale {
            Require.present(target, "target");
            if ((replicas == null) == (add == null)) {
                throw new IllegalArgumentException("scale needs exactly one of replicas and add");
            }
            if (replicas != null && replicas < 0) {
                throw new IllegalArgumentException("replicas must not be negative, was " + replicas);
            }
        }
    }

    /** Where a {@link Scale} step acts. */
    sealed interface ScaleTarget {
    }

    /**
     * A Deployment or StatefulSet of the service's Kubernetes cluster ({@code scaleplan.incident.kubernetes.*}: API
     * server and bearer token).
     */
    record Kubernetes(String namespace, WorkloadKind kind, String name) implements ScaleTarget {

        public Kubernetes {
            Require.text(namespace, "namespace");
            Require.present(kind, "kind");
            Require.text(name, "name");
        }
    }

    /** The kinds of workload with a {@code /scale} subresource that a runbook may scale. */
    enum WorkloadKind {
        DEPLOYMENT, STATEFULSET
    }

    /**
     * A generic scaler: {@code GET url} answers {@code {"replicas": n}}, {@code PUT url} sets it. The url is a
     * template, so that one runbook can scale the system of its incident.
     */
    record HttpScaler(String url) implements ScaleTarget {

        public HttpScaler {
            Require.text(url, "url");
        }
    }

    /**
     * Waits, event-driven, for the system's {@code metric} (series with every label of {@code match}) to satisfy
     * {@code op threshold} on every sample for {@code holdFor}; fails when the step's timeout passes first.
     */
    record AwaitMetric(String metric, Map<String, String> match, Comparison op, double threshold, Duration holdFor)
            implements Action {

        public AwaitMetric {
            Require.text(metric, "metric");
            match = sorted(match);
            Require.present(op, "op");
            Require.present(holdFor, "for");
        }
    }

    /** Waits for an operator to approve ({@code POST /v1/incidents/{id}/approve}); fails at the step's timeout. */
    record Approval(@Nullable String prompt) implements Action {
    }

    /** Asks another service to act by publishing {@code ActionRequested} (e.g. {@code block-client}). */
    record Publish(String action, Map<String, String> parameters) implements Action {

        public Publish {
            Require.text(action, "action");
            parameters = sorted(parameters);
        }
    }

    /** Waits {@code duration}, e.g. to let a change settle. */
    record Wait(Duration duration) implements Action {

        public Wait {
            if (Require.present(duration, "duration").isNegative()) {
                throw new IllegalArgumentException("duration must not be negative, was " + duration);
            }
        }
    }

    private static Map<String, String> sorted(Map<String, String> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(map));
    }
}
