package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The menu an organisation offers when a contact writes MENU (or anything the bot does not understand, when it has
 * no default reply text): a title and up to ten options, each starting the process behind a keyword. Up to three
 * options are shown as reply buttons, more as a list. A contact may also answer with an option's number or label.
 */
public record BotMenu(String title, List<Option> options) {

    public static final int MAX_OPTIONS = OutboundContent.ListMenu.MAX_ROWS;
    private static final String ID_PREFIX = "menu:";
    private static final String LIST_BUTTON = "Choose";

    public BotMenu {
        title = Text.body("menu.title", title, OutboundContent.ReplyButtons.MAX_BODY_LENGTH);
        options = List.copyOf(Objects.requireNonNull(options, "options"));
        if (options.isEmpty() || options.size() > MAX_OPTIONS) {
            throw InvalidInput.of("menu.options", "must hold 1 to " + MAX_OPTIONS + " options");
        }
        for (int i = 0; i < options.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (Keyword.of(options.get(i).label()).equals(Keyword.of(options.get(j).label()))) {
                    throw InvalidInput.of("menu.options[" + i + "].label", "is used by another option");
                }
            }
        }
        // Rendering checks WhatsApp's own limits (button titles 20 characters, list rows 24), field by field.
        render(title, options);
    }

    /** One choice: what the contact reads, and the keyword whose process it starts. */
    public record Option(String label, Keyword keyword) {
        public Option {
            label = Text.line("menu.option.label", label, OutboundContent.ListRow.MAX_TITLE_LENGTH);
            Objects.requireNonNull(keyword, "keyword");
        }
    }

    public OutboundContent render() {
        return render(title, options);
    }

    private static OutboundContent render(String title, List<Option> options) {
        if (options.size() <= OutboundContent.ReplyButtons.MAX_BUTTONS) {
            List<OutboundContent.ReplyButton> buttons = new ArrayList<>();
            for (int i = 0; i < options.size(); i++) {
                buttons.add(new OutboundContent.ReplyButton(ID_PREFIX + (i + 1), options.get(i).label()));
            }
            return new OutboundContent.ReplyButtons(title, buttons, Optional.empty(), Optional.empty());
        }
        List<OutboundContent.ListRow> rows = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            rows.add(OutboundContent.ListRow.of(ID_PREFIX + (i + 1), options.get(i).label()));
        }
        return new OutboundContent.ListMenu(title, LIST_BUTTON,
                List.of(new OutboundContent.ListSection(Optional.empty(), rows)), Optional.empty(), Optional.empty());
    }

    /**
     * The option a contact picked: the id of the button or row they tapped, or what they typed — the option's
     * number ("2") or its label, in any case and accents.
     */
    public Optional<Option> chosen(Optional<String> tappedId, Optional<String> typed) {
        Optional<String> index = tappedId.filter(id -> id.startsWith(ID_PREFIX)).map(id -> id.substring(ID_PREFIX.length()))
                .or(() -> typed.map(String::strip));
        Optional<Option> byNumber = index.filter(s -> s.matches("[0-9]{1,2}")).map(Integer::parseInt)
                .filter(n -> n >= 1 && n <= options.size()).map(n -> options.get(n - 1));
        if (byNumber.isPresent()) {
            return byNumber;
        }
        return typed.flatMap(Keyword::in).flatMap(said -> options.stream()
                .filter(o -> Keyword.in(o.label()).map(said::equals).orElse(false)).findFirst());
    }
}
