package io.chatnation.domain.messaging;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The words with which a contact withdraws or gives consent. A whole message of just the word counts, in any case
 * and with surrounding spaces or a trailing full stop or exclamation mark: "stop", "STOP!", " Unsubscribe.".
 */
public enum ConsentKeyword {
    OPT_OUT(Set.of("STOP", "UNSUBSCRIBE")),
    OPT_IN(Set.of("START"));

    private final Set<String> words;

    ConsentKeyword(Set<String> words) {
        this.words = words;
    }

    public static Optional<ConsentKeyword> in(String text) {
        String word = text.strip().replaceAll("[.!]+$", "").strip().toUpperCase(Locale.ROOT);
        for (ConsentKeyword keyword : values()) {
            if (keyword.words.contains(word)) {
                return Optional.of(keyword);
            }
        }
        return Optional.empty();
    }
}
