package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What the organisation keeps about a contact besides how to reach them. Every part is bounded, so one contact
 * can never grow into a document: custom fields are small strings (at most 50, 8 KiB in all).
 */
public record ContactProfile(Optional<String> name, Optional<String> language, Set<String> labels,
                             Map<String, String> customFields, Optional<String> notes) {

    public static final int MAX_LABELS = 50;
    public static final int MAX_CUSTOM_FIELDS = 50;
    public static final int MAX_CUSTOM_FIELD_BYTES = 8 * 1024;
    private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}([_-][A-Za-z]{2})?$");
    private static final Pattern LABEL = Pattern.compile("^[\\p{L}\\p{N} _.:-]{1,40}$");
    private static final Pattern FIELD_KEY = Pattern.compile("^[a-zA-Z][a-zA-Z0-9_]{0,39}$");

    public ContactProfile {
        name = name == null ? Optional.empty() : name.map(String::strip).filter(n -> !n.isEmpty());
        name.filter(n -> n.length() > 256).ifPresent(n -> {
            throw InvalidInput.of("name", "must be at most 256 characters");
        });
        language = language == null ? Optional.empty() : language.map(String::strip).filter(l -> !l.isEmpty());
        language.filter(l -> !LANGUAGE.matcher(l).matches()).ifPresent(l -> {
            throw InvalidInput.of("language", "must be a language code such as en, sw or en_US");
        });
        labels = labels == null ? Set.of() : checkedLabels(labels);
        customFields = customFields == null ? Map.of() : checkedFields(customFields);
        notes = notes == null ? Optional.empty() : notes.map(String::strip).filter(n -> !n.isEmpty());
        notes.filter(n -> n.length() > 4000).ifPresent(n -> {
            throw InvalidInput.of("notes", "must be at most 4000 characters");
        });
    }

    public static ContactProfile named(Optional<String> name) {
        return new ContactProfile(name, Optional.empty(), Set.of(), Map.of(), Optional.empty());
    }

    private static Set<String> checkedLabels(Set<String> raw) {
        TreeSet<String> out = new TreeSet<>();
        for (String label : raw) {
            String l = label == null ? "" : label.strip();
            if (!LABEL.matcher(l).matches()) {
                throw InvalidInput.of("labels", "each label is 1 to 40 letters, digits, spaces or . _ : -");
            }
            out.add(l);
        }
        if (out.size() > MAX_LABELS) {
            throw InvalidInput.of("labels", "at most " + MAX_LABELS + " labels");
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    private static Map<String, String> checkedFields(Map<String, String> raw) {
        if (raw.size() > MAX_CUSTOM_FIELDS) {
            throw InvalidInput.of("customFields", "at most " + MAX_CUSTOM_FIELDS + " fields");
        }
        Map<String, String> out = new LinkedHashMap<>();
        int bytes = 0;
        for (Map.Entry<String, String> e : raw.entrySet()) {
            if (e.getKey() == null || !FIELD_KEY.matcher(e.getKey()).matches()) {
                throw InvalidInput.of("customFields", "field names start with a letter and hold up to 40 letters, digits or _");
            }
            String value = e.getValue() == null ? "" : e.getValue();
            bytes += e.getKey().getBytes(StandardCharsets.UTF_8).length + value.getBytes(StandardCharsets.UTF_8).length;
            out.put(e.getKey(), value);
        }
        if (bytes > MAX_CUSTOM_FIELD_BYTES) {
            throw InvalidInput.of("customFields", "must total at most " + MAX_CUSTOM_FIELD_BYTES + " bytes");
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
