package org.scaleplan.contracts;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON Schemas (draft 2020-12) of the contract records, derived from their record components so that the
 * published schemas cannot drift from the code. A component is required unless it is {@link Nullable}; lists
 * and maps never are, because an absent one reads as empty. Unknown properties are allowed: evolution is additive.
 */
public final class EventSchemas {

    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    public static final String BASE_URI = "https://scaleplan.org/schemas/";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Map<Class<?>, ObjectNode> SCALARS = Map.ofEntries(
            Map.entry(String.class, typed("string")),
            Map.entry(UUID.class, typed("string").put("format", "uuid")),
            Map.entry(Instant.class, typed("string").put("format", "date-time")),
            Map.entry(YearMonth.class, typed("string").put("pattern", "^\\d{4}-\\d{2}$")),
            Map.entry(int.class, typed("integer")),
            Map.entry(Integer.class, typed("integer")),
            Map.entry(long.class, typed("integer")),
            Map.entry(Long.class, typed("integer")),
            Map.entry(double.class, typed("number")),
            Map.entry(BigDecimal.class, typed("number")),
            Map.entry(boolean.class, typed("boolean")),
            Map.entry(Boolean.class, typed("boolean")));

    private EventSchemas() {
    }

    /** The schema of {@code type}'s records, identified by its {@code ce_type}. */
    public static ObjectNode of(EventType type) {
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", DIALECT);
        schema.put("$id", BASE_URI + fileName(type));
        schema.put("title", type.javaType().getSimpleName());
        schema.put("description", type.description());
        schema.setAll(objectSchema(type.javaType()));
        return schema;
    }

    /** The file a schema is published in, e.g. {@code scaleplan.phase.changed.schema.json}. */
    public static String fileName(EventType type) {
        return type.type() + ".schema.json";
    }

    private static ObjectNode objectSchema(Class<?> record) {
        ObjectNode schema = NODES.objectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        for (RecordComponent component : record.getRecordComponents()) {
            properties.set(component.getName(), schemaOf(component.getGenericType()));
            if (isRequired(component)) {
                required.add(component.getName());
            }
        }
        schema.set("required", required);
        return schema.put("additionalProperties", true);
    }

    private static boolean isRequired(RecordComponent component) {
        Class<?> type = component.getType();
        return !component.getAnnotatedType().isAnnotationPresent(Nullable.class)
                && !List.class.isAssignableFrom(type) && !Map.class.isAssignableFrom(type);
    }

    private static ObjectNode schemaOf(Type type) {
        if (type instanceof ParameterizedType generic) {
            return genericSchema((Class<?>) generic.getRawType(), generic.getActualTypeArguments());
        }
        Class<?> raw = (Class<?>) type;
        if (SCALARS.containsKey(raw)) {
            return SCALARS.get(raw).deepCopy();
        } else if (raw.isEnum()) {
            ObjectNode schema = NODES.objectNode().put("type", "string");
            ArrayNode values = schema.putArray("enum");
            Arrays.stream(raw.getEnumConstants()).forEach(constant -> values.add(((Enum<?>) constant).name()));
            return schema;
        } else if (raw.isRecord()) {
            return objectSchema(raw);
        }
        throw new IllegalArgumentException("no JSON Schema mapping for " + raw.getName());
    }

    private static ObjectNode typed(String jsonType) {
        return NODES.objectNode().put("type", jsonType);
    }

    private static ObjectNode genericSchema(Class<?> raw, Type[] arguments) {
        ObjectNode schema = NODES.objectNode();
        if (raw == List.class) {
            schema.put("type", "array").set("items", schemaOf(arguments[0]));
            return schema;
        } else if (raw == Map.class && arguments[0] == String.class) {
            schema.put("type", "object").set("additionalProperties", schemaOf(arguments[1]));
            return schema;
        }
        throw new IllegalArgumentException("no JSON Schema mapping for " + raw.getName());
    }
}
