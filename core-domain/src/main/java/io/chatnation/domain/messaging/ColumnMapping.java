package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.InvalidInput;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which CSV column holds what: the phone (required), name, language, labels (separated by {@code ;} or {@code |}),
 * and custom fields by field name. Written {@code phone=Phone,name=Full name,custom.city=Town}; unmapped parts
 * default to a column of the same name (phone, name, language, labels) when the file has one.
 */
public record ColumnMapping(String phone, Optional<String> name, Optional<String> language, Optional<String> labels,
                            Map<String, String> customFields) {

    public ColumnMapping {
        if (phone == null || phone.isBlank()) {
            throw InvalidInput.of("mapping.phone", "is required");
        }
        customFields = Map.copyOf(customFields);
    }

    public static ColumnMapping defaults() {
        return new ColumnMapping("phone", Optional.of("name"), Optional.of("language"), Optional.of("labels"), Map.of());
    }

    /** Parses {@code key=Column} pairs; keys are phone, name, language, labels or custom.&lt;field&gt;. */
    public static ColumnMapping parse(Map<String, String> pairs) {
        String phone = "phone";
        Optional<String> name = Optional.of("name");
        Optional<String> language = Optional.of("language");
        Optional<String> labels = Optional.of("labels");
        Map<String, String> custom = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : pairs.entrySet()) {
            String key = e.getKey().strip();
            String column = e.getValue() == null ? "" : e.getValue().strip();
            if (column.isEmpty()) {
                throw InvalidInput.of("mapping." + key, "needs a column name");
            }
            switch (key) {
                case "phone" -> phone = column;
                case "name" -> name = Optional.of(column);
                case "language" -> language = Optional.of(column);
                case "labels" -> labels = Optional.of(column);
                default -> {
                    if (!key.startsWith("custom.") || key.length() == "custom.".length()) {
                        throw InvalidInput.of("mapping." + key, "is not one of phone, name, language, labels, custom.<field>");
                    }
                    custom.put(key.substring("custom.".length()), column);
                }
            }
        }
        return new ColumnMapping(phone, name, language, labels, custom);
    }
}
