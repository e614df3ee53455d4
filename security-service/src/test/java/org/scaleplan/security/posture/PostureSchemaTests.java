package org.scaleplan.security.posture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scaleplan.access.Role;
import org.scaleplan.contracts.EventJson;

import tools.jackson.databind.JsonNode;

/** The published JSON Schema of the posture file says what the parser reads, so editors and the check agree. */
class PostureSchemaTests {

    private static final Path SCHEMA = Path.of("..", "docs", "schemas", "config", "posture.schema.json");

    private final JsonNode schema = read();

    @Test
    void namesExactlyTheControlsTheParserKnows() {
        assertThat(keys(schema.at("/$defs/controls/properties"))).containsExactlyInAnyOrderElementsOf(Control.keys());
        assertThat(texts(schema.at("/$defs/controls/required"))).containsExactlyInAnyOrderElementsOf(Control.keys());
    }

    @Test
    void namesThePhasesPosturesAndRolesTheParserReads() {
        assertThat(keys(schema.get("properties"))).containsExactly("phases");
        assertThat(keys(schema.at("/properties/phases/properties"))).containsExactlyElementsOf(PostureFile.PHASES);
        assertThat(texts(schema.at("/properties/phases/required"))).containsExactlyElementsOf(PostureFile.PHASES);
        assertThat(keys(schema.at("/$defs/phase/properties"))).containsExactlyInAnyOrderElementsOf(
                PostureFile.PHASE_KEYS);
        assertThat(texts(schema.at("/$defs/phase/properties/posture/enum")))
                .containsExactlyElementsOf(PostureFile.POSTURES);
        assertThat(texts(schema.at("/$defs/controls/properties/mfa-required-roles/items/enum")))
                .containsExactlyElementsOf(Arrays.stream(Role.values()).map(Role::text).toList());
    }

    private static List<String> keys(JsonNode object) {
        return object.properties().stream().map(Map.Entry::getKey).toList();
    }

    private static List<String> texts(JsonNode array) {
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
