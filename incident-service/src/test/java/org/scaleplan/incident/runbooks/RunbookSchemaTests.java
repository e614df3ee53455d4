package org.scaleplan.incident.runbooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.EventJson;
import tools.jackson.databind.JsonNode;

/** The published JSON Schema of runbook files names what the parser reads, so editors and the check agree. */
class RunbookSchemaTests {

    private static final Path SCHEMA = Path.of("..", "docs", "schemas", "config", "runbook.schema.json");

    private final JsonNode schema = read();

    @Test
    void namesExactlyTheKeysOfARunbook() {
        assertThat(keys(schema.get("properties"))).containsExactlyInAnyOrderElementsOf(RunbookParser.RUNBOOK_KEYS);
    }

    @Test
    void namesExactlyTheKeysOfEveryTypeOfStep() {
        Set<String> expected = new HashSet<>(StepParser.STEP_KEYS);
        ActionParser.KEYS.values().forEach(expected::addAll);

        assertThat(keys(schema.at("/$defs/step/properties"))).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void offersExactlyTheStepTypes() {
        assertThat(schema.at("/$defs/step/properties/type/enum").valueStream().map(JsonNode::asString).toList())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(StepType.values()).map(StepType::yamlName)
                        .toList());
    }

    private static List<String> keys(JsonNode properties) {
        return properties.properties().stream().map(Map.Entry::getKey).toList();
    }

    private static JsonNode read() {
        try {
            return EventJson.mapper().readTree(Files.readString(SCHEMA));
        } catch (IOException e) {
            throw new AssertionError("cannot read " + SCHEMA.toAbsolutePath(), e);
        }
    }
}
