package org.scaleplan.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads the stored JSON of every record kind and writes it back: a renamed, retyped or dropped field changes the
 * JSON and fails here, before it breaks a consumer. Golden files are only ever added to, like the records.
 */
class GoldenFileTests {

    @ParameterizedTest
    @MethodSource("org.scaleplan.contracts.Fixtures#eventTypes")
    void rewritesEveryGoldenRecordUnchanged(EventType type) {
        byte[] golden = Fixtures.golden(type);

        byte[] rewritten = EventJson.write(EventJson.read(golden, type.type()));

        assertThat(Fixtures.tree(rewritten)).isEqualTo(Fixtures.tree(golden));
    }

    @ParameterizedTest
    @MethodSource("org.scaleplan.contracts.Fixtures#eventTypes")
    void readsEveryGoldenRecordAsItsRegisteredJavaType(EventType type) {
        ScaleplanEvent record = EventJson.read(Fixtures.golden(type), type.type());

        assertThat(record).isExactlyInstanceOf(type.javaType());
        assertThat(EventTypes.of(record.getClass())).isEqualTo(type);
    }

    /** So that optional fields are proven too: a golden file leaving one out could not catch its renaming. */
    @ParameterizedTest
    @MethodSource("org.scaleplan.contracts.Fixtures#eventTypes")
    void setsEveryFieldOfItsRecordInEveryGoldenFile(EventType type) {
        List<String> components =
                Stream.of(type.javaType().getRecordComponents()).map(RecordComponent::getName).toList();

        assertThat(Fixtures.tree(Fixtures.golden(type)).propertyNames()).containsExactlyElementsOf(components);
    }

    @Test
    void hasOneGoldenFilePerEventTypeAndNoOthers() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.goldenDirectory())) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(EventTypes.ALL.stream().map(t -> t.type() + ".json").toList());
        }
    }
}
