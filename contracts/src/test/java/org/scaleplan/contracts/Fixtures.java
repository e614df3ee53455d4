package org.scaleplan.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import tools.jackson.databind.JsonNode;

/** Golden records and event types shared by the contract tests. */
final class Fixtures {

    private Fixtures() {
    }

    /** Every registered event type, named by its {@code ce_type} in test reports. */
    static Stream<Named<EventType>> eventTypes() {
        return EventTypes.ALL.stream().map(type -> Named.of(type.type(), type));
    }

    /** The stored JSON of {@code type}'s golden record. */
    static byte[] golden(EventType type) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/golden/" + type.type() + ".json")) {
            if (in == null) {
                throw new IllegalStateException("no golden file src/test/resources/golden/" + type.type() + ".json");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path goldenDirectory() {
        try {
            return Path.of(Fixtures.class.getResource("/golden").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode tree(byte[] json) {
        return EventJson.mapper().readTree(json);
    }
}
