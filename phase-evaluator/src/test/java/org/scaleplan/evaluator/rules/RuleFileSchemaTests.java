package org.scaleplan.evaluator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scaleplan.config.Comparison;
import org.scaleplan.contracts.EventJson;
import tools.jackson.databind.JsonNode;

/** The published JSON Schema of rule files says what the parser reads, so editors and the check agree. */
class RuleFileSchemaTests {

    private static final Path SCHEMA = Path.of("..", "docs", "schemas", "config", "rule-file.schema.json");

    private final JsonNode rule = read().at("/$defs/rule");

    @Test
    void namesExactlyTheKeysTheParserReads() {
        List<String> keys = rule.get("properties").properties().stream().map(Map.Entry::getKey).toList();

        assertThat(keys).containsExactlyInAnyOrderElementsOf(RuleFileParser.RULE_KEYS);
    }

    @Test
    void requiresExactlyWhatTheParserRequires() {
        assertThat(texts(rule.get("required"))).containsExactlyInAnyOrderElementsOf(RuleFileParser.REQUIRED);
    }

    @Test
    void offersExactlyTheAggregationsAndComparisonsTheParserKnows() {
        assertThat(texts(rule.at("/properties/aggregate/enum"))).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Aggregation.values()).map(Aggregation::yamlName).toList());
        assertThat(texts(rule.at("/properties/op/enum"))).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Comparison.values()).map(Comparison::symbol).toList());
    }

    private static List<String> texts(JsonNode array) {
        assertThat(array.isArray()).as("%s is an array", array).isTrue();
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private static JsonNode read() {
        try {
            return EventJson.mapper().readTree(Files.readString(SCHEMA));
        } catch (IOException e) {
            throw new AssertionError("cannot read " + SCHEMA.toAbsolutePath(), e);
        }
    }
}
