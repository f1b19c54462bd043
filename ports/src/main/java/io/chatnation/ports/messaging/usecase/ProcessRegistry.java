package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ConsentKeyword;
import io.chatnation.domain.messaging.Keyword;
import io.chatnation.ports.messaging.out.ConversationalProcess;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The conversational processes modules plugged in, found by name, keyword or deep-link code. Built once at start-up,
 * where any ambiguity is refused: two processes with one name, one keyword or one code — or a keyword that is a
 * consent word — would leave the router guessing which one a contact meant.
 */
public final class ProcessRegistry {

    /** "start BOOTH42", the text a QR code or wa.me link pre-fills; the code alone is heard too. */
    private static final Pattern DEEP_LINK = Pattern.compile("(?i)^\\s*start\\s+(\\S.*)$");

    private final Map<String, ConversationalProcess> byName = new LinkedHashMap<>();
    private final Map<Keyword, ConversationalProcess> byKeyword = new HashMap<>();
    private final Map<Keyword, ConversationalProcess> byCode = new HashMap<>();

    public ProcessRegistry(Collection<? extends ConversationalProcess> processes) {
        for (ConversationalProcess process : processes) {
            ConversationalProcess named = byName.putIfAbsent(process.name(), process);
            if (named != null) {
                throw new IllegalStateException("Two conversational processes are named '" + process.name() + "'");
            }
            if (process.timeout().isNegative() || process.timeout().isZero()) {
                throw new IllegalStateException("Process '" + process.name() + "' needs a positive timeout");
            }
            for (Keyword keyword : process.keywords()) {
                if (ConsentKeyword.in(keyword.value()).isPresent()) {
                    throw new IllegalStateException("Process '" + process.name() + "' cannot use the consent word " + keyword);
                }
                claim(byKeyword, keyword, process, "keyword");
            }
            for (Keyword code : process.deepLinkCodes()) {
                claim(byCode, code, process, "deep-link code");
            }
        }
    }

    private static void claim(Map<Keyword, ConversationalProcess> index, Keyword word, ConversationalProcess process,
                              String what) {
        ConversationalProcess holder = index.putIfAbsent(word, process);
        if (holder != null) {
            throw new IllegalStateException("The " + what + " " + word + " is claimed by both '" + holder.name()
                    + "' and '" + process.name() + "'");
        }
    }

    public Optional<ConversationalProcess> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Optional<ConversationalProcess> forKeyword(Keyword keyword) {
        return Optional.ofNullable(byKeyword.get(keyword));
    }

    /** The process a whole message starts as a keyword, if any. */
    public Optional<Match> keywordIn(String text) {
        return Keyword.in(text).flatMap(word -> forKeyword(word).map(p -> new Match(p, word)));
    }

    /** The process a deep-link message starts: "start CODE" as a wa.me link or QR code pre-fills it, or the bare code. */
    public Optional<Match> deepLinkIn(String text) {
        var link = DEEP_LINK.matcher(text);
        String code = link.matches() ? link.group(1) : text;
        return Keyword.in(code).flatMap(word -> Optional.ofNullable(byCode.get(word)).map(p -> new Match(p, word)));
    }

    public List<ConversationalProcess> all() {
        return List.copyOf(byName.values());
    }

    public record Match(ConversationalProcess process, Keyword word) {}
}
