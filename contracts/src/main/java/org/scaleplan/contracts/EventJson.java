package org.scaleplan.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of contract records. Readers ignore fields they do not know, because evolution is additive:
 * a new field must not break an older consumer. Absent optional fields are omitted rather than written as null,
 * and map entries are written in key order, so the same record always gives the same bytes.
 */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private EventJson() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static byte[] write(ScaleplanEvent event) {
        return MAPPER.writeValueAsBytes(event);
    }

    public static <T extends ScaleplanEvent> T read(byte[] json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }

    /**
     * Reads a record whose kind is named by its {@code ce_type}.
     *
     * @throws UnreadableEventException when the type is unknown or the JSON does not make a valid record
     */
    public static ScaleplanEvent read(byte[] json, String ceType) {
        EventType type = EventTypes.named(ceType)
                .orElseThrow(() -> new UnreadableEventException("unknown ce_type '" + ceType + "'"));
        try {
            return read(json, type.javaType());
        } catch (JacksonException | IllegalArgumentException e) {
            throw new UnreadableEventException(ceType + " is not valid: " + e.getMessage(), e);
        }
    }
}
