package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.InvalidInput;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How an organisation's bot answers on its own: the default reply to a message nothing else handles, an optional
 * menu, and local words that opt a contact out or back in besides the built-in STOP / UNSUBSCRIBE / START (for
 * example "ACHA" in Swahili). Anything left empty falls back to the platform's configured texts.
 */
public record RoutingSettings(Optional<String> defaultReply, Optional<BotMenu> menu, Set<Keyword> optOutWords,
                              Set<Keyword> optInWords) {

    public static final int MAX_LOCAL_WORDS = 10;

    public RoutingSettings {
        defaultReply = Text.optionalBody("defaultReply", defaultReply, OutboundContent.TextMessage.MAX_BODY_LENGTH);
        Objects.requireNonNull(menu, "menu");
        optOutWords = Set.copyOf(optOutWords);
        optInWords = Set.copyOf(optInWords);
        checkWords("optOutWords", optOutWords, ConsentKeyword.OPT_IN);
        checkWords("optInWords", optInWords, ConsentKeyword.OPT_OUT);
        Set<Keyword> both = new HashSet<>(optOutWords);
        both.retainAll(optInWords);
        if (!both.isEmpty()) {
            throw InvalidInput.of("optInWords", "'" + both.iterator().next() + "' cannot both opt out and opt in");
        }
        for (BotMenu.Option option : menu.map(BotMenu::options).orElse(java.util.List.of())) {
            if (optOutWords.contains(option.keyword()) || optInWords.contains(option.keyword())
                    || ConsentKeyword.in(option.keyword().value()).isPresent()) {
                throw InvalidInput.of("menu.options", "'" + option.keyword() + "' is a consent word, not a process keyword");
            }
        }
    }

    public static RoutingSettings none() {
        return new RoutingSettings(Optional.empty(), Optional.empty(), Set.of(), Set.of());
    }

    private static void checkWords(String field, Set<Keyword> words, ConsentKeyword opposite) {
        if (words.size() > MAX_LOCAL_WORDS) {
            throw InvalidInput.of(field, "may hold at most " + MAX_LOCAL_WORDS + " words");
        }
        for (Keyword word : words) {
            // A local word must not turn a built-in one around: "START" can never opt anyone out.
            if (ConsentKeyword.in(word.value()).filter(k -> k == opposite).isPresent()) {
                throw InvalidInput.of(field, "'" + word + "' is a built-in " + (opposite == ConsentKeyword.OPT_IN
                        ? "opt-in" : "opt-out") + " word");
            }
        }
    }

    /** The consent a whole message asks for, built-in words first, then the organisation's own. */
    public Optional<ConsentKeyword> consentIn(String text) {
        Optional<ConsentKeyword> builtIn = ConsentKeyword.in(text);
        if (builtIn.isPresent()) {
            return builtIn;
        }
        return Keyword.in(text).flatMap(word -> optOutWords.contains(word) ? Optional.of(ConsentKeyword.OPT_OUT)
                : optInWords.contains(word) ? Optional.of(ConsentKeyword.OPT_IN) : Optional.empty());
    }
}
