package org.scaleplan.contracts;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Checks JSON against the part of JSON Schema that {@link EventSchemas} generates (type, required, properties,
 * additionalProperties, items, enum, pattern and the uuid and date-time formats), so golden records can be held
 * to the published schemas without a validator dependency.
 */
final class SchemaCheck {

    private static final Pattern UUID_TEXT =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    private SchemaCheck() {
    }

    /** What is wrong with {@code value}, one line per violation, each naming its JSON path. */
    static List<String> violations(JsonNode schema, JsonNode value) {
        List<String> violations = new ArrayList<>();
        check(schema, value, "$", violations);
        return violations;
    }

    private static void check(JsonNode schema, JsonNode value, String path, List<String> violations) {
        String type = schema.get("type").asString();
        if (!hasType(value, type)) {
            violations.add(path + " is not of type " + type + ": " + value);
        } else if (value.isObject()) {
            checkObject(schema, value, path, violations);
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), path + "[" + i + "]", violations);
            }
        } else if (value.isString() && !conforms(schema, value.asString())) {
            violations.add(path + " does not match " + schema + ": " + value);
        }
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isString();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> throw new IllegalArgumentException("unsupported schema type " + type);
        };
    }

    private static void checkObject(JsonNode schema, JsonNode value, String path, List<String> violations) {
        JsonNode properties = schema.path("properties");
        schema.path("required").forEach(name -> {
            if (!value.has(name.asString())) {
                violations.add(path + "." + name.asString() + " is required");
            }
        });
        for (Map.Entry<String, JsonNode> property : value.properties()) {
            JsonNode propertySchema = properties.has(property.getKey())
                    ? properties.get(property.getKey()) : schema.get("additionalProperties");
            if (propertySchema.isObject()) {
                check(propertySchema, property.getValue(), path + "." + property.getKey(), violations);
            }
        }
    }

    private static boolean conforms(JsonNode schema, String text) {
        if (schema.has("enum") && schema.get("enum").valueStream().noneMatch(v -> v.asString().equals(text))) {
            return false;
        }
        if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asString()).matcher(text).find()) {
            return false;
        }
        return switch (schema.path("format").asString("")) {
            case "uuid" -> UUID_TEXT.matcher(text).matches();
            case "date-time" -> isDateTime(text);
            default -> true;
        };
    }

    private static boolean isDateTime(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
