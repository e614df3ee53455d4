package org.scaleplan.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scaleplan.contracts.cost.BudgetThresholdCrossed;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schemas under {@code docs/schemas} are the ones {@link EventSchemas} derives from the records. After
 * changing a record, refresh them with {@code mvn -o -pl contracts test -Dscaleplan.schemas.write=true}.
 */
class PublishedSchemasTests {

    private static final Path SCHEMAS = Path.of("..", "docs", "schemas");
    private static final boolean REFRESH = Boolean.getBoolean("scaleplan.schemas.write");
    private static final String HOW_TO_REFRESH =
            "refresh with: mvn -o -pl contracts test -Dscaleplan.schemas.write=true";

    @ParameterizedTest
    @MethodSource("org.scaleplan.contracts.Fixtures#eventTypes")
    void publishesTheSchemaOfEveryRecord(EventType type) throws IOException {
        ObjectNode schema = EventSchemas.of(type);
        Path file = SCHEMAS.resolve(EventSchemas.fileName(type));
        if (REFRESH) {
            Files.createDirectories(SCHEMAS);
            String text = EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(schema);
            Files.writeString(file, text + "\n");
        }

        assertThat(file).as("%s is missing; %s", file, HOW_TO_REFRESH).exists();
        assertThat(Fixtures.tree(Files.readAllBytes(file))).as("%s is out of date; %s", file, HOW_TO_REFRESH)
                .isEqualTo(schema);
    }

    @Test
    void publishesNoSchemaWithoutAnEventType() throws IOException {
        List<String> expected = EventTypes.ALL.stream().map(EventSchemas::fileName).toList();
        try (Stream<Path> files = Files.list(SCHEMAS)) {
            assertThat(files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".schema.json")))
                    .as("schemas in %s of no event type; delete them", SCHEMAS)
                    .allMatch(expected::contains);
        }
    }

    @Test
    void listsEveryTypeWithItsTopicAndProducerInTheReadme() throws IOException {
        String readme = Files.readString(SCHEMAS.resolve("README.md"));

        assertThat(EventTypes.ALL).allSatisfy(type -> assertThat(readme)
                .contains("| `%s` | `%s` | %s |".formatted(type.type(), type.topic(), type.producer())));
    }

    @ParameterizedTest
    @MethodSource("org.scaleplan.contracts.Fixtures#eventTypes")
    void holdsEveryGoldenRecordToItsSchema(EventType type) {
        JsonNode golden = Fixtures.tree(Fixtures.golden(type));

        assertThat(SchemaCheck.violations(EventSchemas.of(type), golden)).isEmpty();
    }

    @Test
    void findsRecordsThatBreakTheirSchema() {
        EventType type = EventTypes.of(BudgetThresholdCrossed.class);
        ObjectNode broken = (ObjectNode) Fixtures.tree(Fixtures.golden(type));
        broken.remove("system");
        broken.put("eventId", "not-a-uuid").put("occurredAt", "yesterday").put("period", "2026-11-01")
                .put("basis", "GUESSED").put("thresholdPercent", 80.5).put("budgetUsd", "1000");
        broken.putArray("causedBy").add(7);

        assertThat(SchemaCheck.violations(EventSchemas.of(type), broken))
                .extracting(violation -> violation.substring(0, violation.indexOf(' ')))
                .containsExactlyInAnyOrder("$.system", "$.eventId", "$.occurredAt", "$.period", "$.basis",
                        "$.thresholdPercent", "$.budgetUsd", "$.causedBy[0]");
    }
}
