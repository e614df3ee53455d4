package org.scaleplan.security.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.contracts.security.DecisionAction;
import org.scaleplan.contracts.security.ScopeType;
import org.scaleplan.security.detection.Scenario.Kind;
import org.scaleplan.security.detection.Scenario.Mode;
import org.scaleplan.security.detection.Scenario.Source;
import tools.jackson.databind.JsonNode;

/** The published JSON Schema of scenario files says what the parser reads, so editors and the check agree. */
class ScenarioFileSchemaTests {

    private static final Path SCHEMA = Path.of("..", "docs", "schemas", "config", "scenario-file.schema.json");

    private final JsonNode schema = read();
    private final JsonNode scenario = schema.at("/$defs/scenario");
    private final JsonNode decision = schema.at("/$defs/decision");

    @Test
    void namesExactlyTheKeysTheParserReads() {
        assertThat(keys(schema)).containsExactly("scenarios");
        assertThat(keys(scenario)).containsExactlyInAnyOrderElementsOf(ScenarioFileParser.SCENARIO_KEYS);
        assertThat(keys(decision)).containsExactlyInAnyOrderElementsOf(ScenarioTrigger.DECISION_KEYS);
    }

    @Test
    void requiresExactlyWhatTheParserRequires() {
        assertThat(texts(scenario.get("required"))).containsExactlyInAnyOrderElementsOf(ScenarioFileParser.REQUIRED);
        assertThat(texts(decision.get("required")))
                .containsExactlyInAnyOrderElementsOf(ScenarioTrigger.DECISION_REQUIRED);
    }

    @Test
    void requiresPerKindExactlyWhatTheParserRequires() {
        assertThat(texts(scenario.at("/allOf/2/then/required"))).containsExactlyInAnyOrder("group-by", "scope",
                "capacity", "leak");
        assertThat(texts(scenario.at("/allOf/3/then/required")))
                .containsExactlyInAnyOrderElementsOf(ScenarioTrigger.SURGE_KEYS);
    }

    @Test
    void offersExactlyTheValuesTheParserKnows() {
        assertThat(texts(scenario.at("/properties/source/enum"))).containsExactlyElementsOf(yaml(Source.values()));
        assertThat(texts(scenario.at("/properties/kind/enum"))).containsExactlyElementsOf(yaml(Kind.values()));
        assertThat(texts(scenario.at("/properties/mode/enum"))).containsExactlyElementsOf(yaml(Mode.values()));
        assertThat(texts(scenario.at("/properties/scope/enum")))
                .containsExactlyElementsOf(Arrays.stream(ScopeType.values()).map(Enum::name).toList());
        assertThat(texts(decision.at("/properties/action/enum")))
                .containsExactlyElementsOf(Arrays.stream(DecisionAction.values()).map(Enum::name).toList());
        assertThat(texts(scenario.at("/allOf/1/then/properties/match/propertyNames/enum")))
                .containsExactlyInAnyOrderElementsOf(Scenario.ACCESS_FIELDS);
    }

    private static List<String> keys(JsonNode object) {
        return object.get("properties").properties().stream().map(Map.Entry::getKey).toList();
    }

    private static List<String> yaml(Enum<?>[] values) {
        return Arrays.stream(values).map(value -> value.name().toLowerCase(Locale.ROOT)).toList();
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
