package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.BotMenu;
import io.chatnation.domain.messaging.Keyword;
import io.chatnation.domain.messaging.OutboundContent;
import io.chatnation.domain.messaging.ProcessPosition;
import io.chatnation.ports.messaging.out.ConversationalProcess;
import io.chatnation.ports.messaging.out.MessagingSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * MENU: shows the organisation's menu as reply buttons or a list and starts the process behind the option the
 * contact picks. A contact who answers something else is shown the menu again, once, then let go with the default
 * reply; with no menu configured, MENU gets the default reply.
 */
public final class MenuProcess implements ConversationalProcess {

    public static final String NAME = "menu";
    public static final Keyword KEYWORD = Keyword.of("MENU");
    private static final String CHOOSING = "choosing";
    private static final String MISSES = "misses";
    private static final int MAX_MISSES = 1;

    private final MessagingSettings settings;
    private final ReplyTexts replies;
    private final Duration timeout;

    public MenuProcess(MessagingSettings settings, ReplyTexts replies, Duration timeout) {
        this.settings = settings;
        this.replies = replies;
        this.timeout = timeout;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Keyword> keywords() {
        return Set.of(KEYWORD);
    }

    @Override
    public Duration timeout() {
        return timeout;
    }

    @Override
    public Step start(Turn turn, Trigger trigger) {
        return menu().<Step>map(m -> Step.next(CHOOSING, Map.of(MISSES, "0"), m.render()))
                .orElseGet(this::defaultReply);
    }

    @Override
    public Step continueWith(Turn turn, ProcessPosition at) {
        Optional<BotMenu> menu = menu();
        if (menu.isEmpty()) {
            // The organisation removed its menu while the contact was choosing.
            return defaultReply();
        }
        Optional<BotMenu.Option> chosen = menu.get().chosen(turn.choice(), turn.text());
        if (chosen.isPresent()) {
            return new Step.HandOver(chosen.get().keyword(), List.of());
        }
        int misses = Integer.parseInt(at.data().getOrDefault(MISSES, "0"));
        if (misses >= MAX_MISSES) {
            return defaultReply();
        }
        return Step.next(CHOOSING, Map.of(MISSES, Integer.toString(misses + 1)),
                OutboundContent.TextMessage.of("Sorry, that is not one of the options. Please choose one:"),
                menu.get().render());
    }

    private Optional<BotMenu> menu() {
        return settings.routing().flatMap(r -> r.menu());
    }

    private Step defaultReply() {
        String text = settings.routing().flatMap(r -> r.defaultReply()).orElse(replies.defaultReply());
        return Step.finish(OutboundContent.TextMessage.of(text));
    }
}
