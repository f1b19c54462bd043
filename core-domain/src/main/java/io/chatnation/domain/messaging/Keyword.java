package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.InvalidInput;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A word (or short phrase) a contact writes to start something: "MENU", "JOIN", "ACHA". It matches a whole message,
 * whatever its case, accents, surrounding spaces or a trailing full stop or exclamation mark: "menú!" is MENU. The
 * value is kept in that normal form, so two keywords that a contact could not type differently are equal.
 */
public record Keyword(String value) {

    public static final int MAX_LENGTH = 40;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.!]+$");

    public Keyword {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of("keyword", "is required");
        }
        value = normal(value);
        if (value.isEmpty()) {
            throw InvalidInput.of("keyword", "must hold a letter or digit");
        }
        if (value.length() > MAX_LENGTH) {
            throw InvalidInput.of("keyword", "must be at most " + MAX_LENGTH + " characters");
        }
    }

    public static Keyword of(String value) {
        return new Keyword(value);
    }

    /** The keyword a whole message amounts to; empty when it is blank or too long to be one. */
    public static Optional<Keyword> in(String text) {
        String normal = normal(text == null ? "" : text);
        return normal.isEmpty() || normal.length() > MAX_LENGTH ? Optional.empty() : Optional.of(new Keyword(normal));
    }

    public boolean matches(String text) {
        return in(text).map(this::equals).orElse(false);
    }

    private static String normal(String text) {
        String stripped = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String collapsed = SPACES.matcher(stripped.strip()).replaceAll(" ");
        return TRAILING_PUNCTUATION.matcher(collapsed).replaceAll("").strip().toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
