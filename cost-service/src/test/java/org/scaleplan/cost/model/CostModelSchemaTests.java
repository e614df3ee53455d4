package org.scaleplan.cost.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.EventJson;

import tools.jackson.databind.JsonNode;

/** The published JSON Schema of the cost model says what the parser reads, so editors and the check agree. */
class CostModelSchemaTests {

    private static final Path SCHEMA = Path.of("..", "docs", "schemas", "config", "cost-model.schema.json");

    private final JsonNode schema = read();

    @Test
    void namesExactlyTheKeysTheParserReads() {
        assertThat(keys(schema.get("properties"))).containsExactlyInAnyOrder("resources", "phases");
        assertThat(keys(schema.at("/$defs/resource/properties")))
                .containsExactlyInAnyOrderElementsOf(CostModelFile.RESOURCE_KEYS);
        assertThat(schema.at("/$defs/resource/required").valueStream().map(JsonNode::asString).toList())
                .containsExactlyInAnyOrderElementsOf(CostModelFile.RESOURCE_REQUIRED);
    }

    private static List<String> keys(JsonNode object) {
        return object.properties().stream().map(Map.Entry::getKey).toList();
    }

    private static JsonNode read() {
        try {
            return EventJson.mapper().readTree(Files.readString(SCHEMA));
        } catch (IOException e) {
            throw new AssertionError("cannot read " + SCHEMA.toAbsolutePath(), e);
        }
    }
}
