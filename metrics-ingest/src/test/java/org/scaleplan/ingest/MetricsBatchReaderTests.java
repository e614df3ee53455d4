package org.scaleplan.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scaleplan.access.FieldProblem;
import org.scaleplan.access.InvalidRequestException;

class MetricsBatchReaderTests {

    private final Clock clock = Clock.fixed(SampleRulesTests.NOW, ZoneOffset.UTC);
    private final MetricsBatchReader reader = new MetricsBatchReader(
            new SampleRules(SampleRulesTests.LIMITS, clock), SampleRulesTests.LIMITS, clock);

    @Test
    void readsTheDocumentedBatch() {
        List<IncomingSample> samples = reader.read(json("""
                {"system": "shop-prod", "samples": [
                  {"name": "active_users", "value": 1234, "timestamp": "2026-11-27T09:59:00Z", "labels": {"region": "eu"}},
                  {"name": "http_error_ratio", "value": 0.002}
                ]}"""));

        assertThat(samples).containsExactly(
                new IncomingSample("shop-prod", "active_users", Map.of("region", "eu"), 1234,
                        SampleRulesTests.NOW.minusSeconds(60)),
                new IncomingSample("shop-prod", "http_error_ratio", Map.of(), 0.002, SampleRulesTests.NOW));
    }

    @Test
    void locatesEveryProblemBySampleAndField() {
        InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class, () -> reader.read(json("""
                {"system": "shop-prod", "samples": [
                  {"name": "ok", "value": 1},
                  {"name": "bad name", "value": "high"},
                  {"value": 1, "timestamp": "yesterday", "labels": {"region": 7}},
                  42
                ]}""")));

        assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly(
                "samples[1].value", "samples[2].name", "samples[2].timestamp", "samples[2].labels.region",
                "samples[3]");
    }

    @Test
    void reportsAMissingSystemOnceNotPerSample() {
        InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class, () -> reader.read(
                json("{\"samples\": [{\"name\": \"a\", \"value\": 1}, {\"name\": \"b\", \"value\": 2}]}")));

        assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly("system");
    }

    @Test
    void refusesWhatIsNotABatch() {
        assertThat(catchThrowableOfType(InvalidRequestException.class, () -> reader.read(json("{\"system\": "))).problems())
                .extracting(FieldProblem::field).containsExactly("body");
        assertThat(catchThrowableOfType(InvalidRequestException.class, () -> reader.read(json("[]"))).problems())
                .extracting(FieldProblem::field).containsExactly("body");
        assertThat(catchThrowableOfType(InvalidRequestException.class,
                () -> reader.read(json("{\"system\": \"s\", \"samples\": []}"))).problems())
                .extracting(FieldProblem::field).containsExactly("samples");
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
