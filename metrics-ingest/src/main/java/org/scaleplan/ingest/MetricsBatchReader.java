package org.scaleplan.ingest;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scaleplan.access.FieldProblem;
import org.scaleplan.access.InvalidRequestException;
import org.scaleplan.contracts.EventJson;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a JSON batch ({@code {"system": "...", "samples": [{"name", "value", "timestamp", "labels"}]}}) into
 * samples, or refuses it whole with every problem located (sample index, field, reason): a client that gets a
 * 400 still has the batch and can fix and resend it. A sample without a timestamp is taken as of now.
 */
class MetricsBatchReader {

    private final SampleRules rules;
    private final IngestProperties limits;
    private final Clock clock;

    MetricsBatchReader(SampleRules rules, IngestProperties limits, Clock clock) {
        this.rules = rules;
        this.limits = limits;
        this.clock = clock;
    }

    List<IncomingSample> read(byte[] body) {
        JsonNode batch = parse(body);
        List<FieldProblem> problems = new ArrayList<>();
        String system = batch.path("system").isString() ? batch.path("system").asString() : null;
        JsonNode samples = batch.path("samples");
        if (!samples.isArray() || samples.isEmpty()) {
            throw invalid("samples", "must be a non-empty array");
        }
        if (samples.size() > limits.maxSamples()) {
            throw invalid("samples", "has " + samples.size() + " samples, at most " + limits.maxSamples());
        }
        List<IncomingSample> read = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            IncomingSample sample = sample(system, samples.get(i), "samples[" + i + "]", problems);
            if (sample != null) {
                problems.addAll(rules.check(sample, "samples[" + i + "]"));
                read.add(sample);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems.stream().map(p -> p.field().endsWith(".system")
                    ? new FieldProblem("system", p.reason()) : p).distinct().toList());
        }
        return read;
    }

    private IncomingSample sample(String system, JsonNode node, String at, List<FieldProblem> problems) {
        int before = problems.size();
        if (!node.isObject()) {
            problems.add(new FieldProblem(at, "must be an object"));
            return null;
        }
        if (!node.path("name").isString()) {
            problems.add(new FieldProblem(at + ".name", "is required, a string"));
        }
        if (!node.path("value").isNumber()) {
            problems.add(new FieldProblem(at + ".value", "is required, a number"));
        }
        Instant timestamp = timestamp(node.path("timestamp"), at + ".timestamp", problems);
        Map<String, String> labels = labels(node.path("labels"), at + ".labels", problems);
        if (problems.size() > before) {
            return null;
        }
        return new IncomingSample(system, node.get("name").asString(), labels, node.get("value").asDouble(), timestamp);
    }

    private Instant timestamp(JsonNode node, String at, List<FieldProblem> problems) {
        if (node.isMissingNode() || node.isNull()) {
            return clock.instant();
        }
        try {
            return Instant.parse(node.asString());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(at, "must be an ISO-8601 instant, e.g. 2026-11-27T10:00:00Z"));
            return null;
        }
    }

    private static Map<String, String> labels(JsonNode node, String at, List<FieldProblem> problems) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return labels;
        }
        if (!node.isObject()) {
            problems.add(new FieldProblem(at, "must be an object of string values"));
            return labels;
        }
        node.properties().forEach(label -> {
            if (label.getValue().isString()) {
                labels.put(label.getKey(), label.getValue().asString());
            } else {
                problems.add(new FieldProblem(at + "." + label.getKey(), "must be a string"));
            }
        });
        return labels;
    }

    private static JsonNode parse(byte[] body) {
        try {
            JsonNode batch = EventJson.mapper().readTree(body);
            if (batch == null || !batch.isObject()) {
                throw invalid("body", "must be a JSON object");
            }
            return batch;
        } catch (JacksonException e) {
            throw invalid("body", "is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static InvalidRequestException invalid(String field, String reason) {
        return new InvalidRequestException(List.of(new FieldProblem(field, reason)));
    }
}
