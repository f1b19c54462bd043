package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.InvalidInput;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What we can send a WhatsApp user, each type with the limits WhatsApp enforces, checked here so that a message that
 * would be refused never reaches a provider (or a queue) and the author is told which field to fix.
 */
public sealed interface OutboundContent {

    /**
     * Free-form messages may only go to a user who wrote within the last 24 hours; outside that window only an approved
     * template may be sent.
     */
    default boolean isFreeForm() {
        return true;
    }

    record TextMessage(String body, boolean previewUrl) implements OutboundContent {
        public static final int MAX_BODY_LENGTH = 4096;

        public TextMessage {
            body = Text.body("text.body", body, MAX_BODY_LENGTH);
        }

        public static TextMessage of(String body) {
            return new TextMessage(body, false);
        }
    }

    record Template(TemplateName name, LanguageCode language, List<TemplateComponent> components)
            implements OutboundContent {
        public Template {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(language, "language");
            components = List.copyOf(components);
            long headers = components.stream().filter(TemplateComponent.Header.class::isInstance).count();
            long bodies = components.stream().filter(TemplateComponent.Body.class::isInstance).count();
            if (headers > 1) {
                throw InvalidInput.of("template.header", "a template has at most one header");
            }
            if (bodies > 1) {
                throw InvalidInput.of("template.body", "a template has at most one body");
            }
            Set<Integer> indexes = new HashSet<>();
            for (TemplateComponent component : components) {
                if (component instanceof TemplateComponent.Button button && !indexes.add(button.index())) {
                    throw InvalidInput.of("template.buttons[" + button.index() + "]", "is given twice");
                }
            }
        }

        @Override
        public boolean isFreeForm() {
            return false;
        }
    }

    /** A message with one to three buttons the user taps instead of typing; the tap comes back with the button's id. */
    record ReplyButtons(String body, List<ReplyButton> buttons, Optional<String> header, Optional<String> footer)
            implements OutboundContent {
        public static final int MAX_BUTTONS = 3;
        public static final int MAX_BODY_LENGTH = 1024;
        public static final int MAX_HEADER_LENGTH = 60;
        public static final int MAX_FOOTER_LENGTH = 60;

        public ReplyButtons {
            body = Text.body("interactive.body", body, MAX_BODY_LENGTH);
            header = Text.optionalLine("interactive.header", header, MAX_HEADER_LENGTH);
            footer = Text.optionalLine("interactive.footer", footer, MAX_FOOTER_LENGTH);
            buttons = List.copyOf(buttons);
            if (buttons.isEmpty() || buttons.size() > MAX_BUTTONS) {
                throw InvalidInput.of("interactive.buttons", "must hold 1 to " + MAX_BUTTONS + " buttons");
            }
            Set<String> ids = new HashSet<>();
            Set<String> titles = new HashSet<>();
            for (int i = 0; i < buttons.size(); i++) {
                ReplyButton button = buttons.get(i);
                if (!ids.add(button.id())) {
                    throw InvalidInput.of("interactive.buttons[" + i + "].id", "is used by another button");
                }
                // Titles that differ only in case look the same on a phone: the user could not tell the buttons apart.
                if (!titles.add(button.title().toLowerCase(Locale.ROOT))) {
                    throw InvalidInput.of("interactive.buttons[" + i + "].title", "is used by another button");
                }
            }
        }

        public static ReplyButtons of(String body, ReplyButton... buttons) {
            return new ReplyButtons(body, List.of(buttons), Optional.empty(), Optional.empty());
        }
    }

    record ReplyButton(String id, String title) {
        public static final int MAX_ID_LENGTH = 256;
        public static final int MAX_TITLE_LENGTH = 20;

        public ReplyButton {
            id = Text.line("interactive.button.id", id, MAX_ID_LENGTH);
            title = Text.line("interactive.button.title", title, MAX_TITLE_LENGTH);
        }
    }

    /** A menu behind a button: up to ten rows, grouped in sections; the pick comes back with the row's id. */
    record ListMenu(String body, String buttonLabel, List<ListSection> sections, Optional<String> header,
                    Optional<String> footer) implements OutboundContent {
        public static final int MAX_ROWS = 10;
        public static final int MAX_BODY_LENGTH = 4096;
        public static final int MAX_BUTTON_LABEL_LENGTH = 20;
        public static final int MAX_HEADER_LENGTH = 60;
        public static final int MAX_FOOTER_LENGTH = 60;

        public ListMenu {
            body = Text.body("interactive.body", body, MAX_BODY_LENGTH);
            buttonLabel = Text.line("interactive.button", buttonLabel, MAX_BUTTON_LABEL_LENGTH);
            header = Text.optionalLine("interactive.header", header, MAX_HEADER_LENGTH);
            footer = Text.optionalLine("interactive.footer", footer, MAX_FOOTER_LENGTH);
            sections = List.copyOf(sections);
            if (sections.isEmpty()) {
                throw InvalidInput.of("interactive.sections", "must hold at least one section");
            }
            int rows = sections.stream().mapToInt(s -> s.rows().size()).sum();
            if (rows > MAX_ROWS) {
                throw InvalidInput.of("interactive.sections",
                        "may hold at most " + MAX_ROWS + " rows in all sections together, not " + rows);
            }
            Set<String> ids = new HashSet<>();
            for (int s = 0; s < sections.size(); s++) {
                ListSection section = sections.get(s);
                // With one section WhatsApp shows no section heading; with several each needs one to tell them apart.
                if (sections.size() > 1 && section.title().isEmpty()) {
                    throw InvalidInput.of("interactive.sections[" + s + "].title", "is required when there are several sections");
                }
                for (int r = 0; r < section.rows().size(); r++) {
                    if (!ids.add(section.rows().get(r).id())) {
                        throw InvalidInput.of("interactive.sections[" + s + "].rows[" + r + "].id", "is used by another row");
                    }
                }
            }
        }

        public static ListMenu of(String body, String buttonLabel, ListSection... sections) {
            return new ListMenu(body, buttonLabel, List.of(sections), Optional.empty(), Optional.empty());
        }
    }

    record ListSection(Optional<String> title, List<ListRow> rows) {
        public static final int MAX_TITLE_LENGTH = 24;

        public ListSection {
            title = Text.optionalLine("interactive.section.title", title, MAX_TITLE_LENGTH);
            rows = List.copyOf(rows);
            if (rows.isEmpty()) {
                throw InvalidInput.of("interactive.section.rows", "must hold at least one row");
            }
        }

        public static ListSection of(String title, ListRow... rows) {
            return new ListSection(Optional.ofNullable(title), List.of(rows));
        }
    }

    record ListRow(String id, String title, Optional<String> description) {
        public static final int MAX_ID_LENGTH = 200;
        public static final int MAX_TITLE_LENGTH = 24;
        public static final int MAX_DESCRIPTION_LENGTH = 72;

        public ListRow {
            id = Text.line("interactive.row.id", id, MAX_ID_LENGTH);
            title = Text.line("interactive.row.title", title, MAX_TITLE_LENGTH);
            description = Text.optionalLine("interactive.row.description", description, MAX_DESCRIPTION_LENGTH);
        }

        public static ListRow of(String id, String title) {
            return new ListRow(id, title, Optional.empty());
        }
    }

    /** An image, audio, video, document or sticker, from a link or an earlier upload. */
    record Media(MediaKind kind, MediaSource source, Optional<String> caption, Optional<String> filename)
            implements OutboundContent {
        public static final int MAX_CAPTION_LENGTH = 1024;
        public static final int MAX_FILENAME_LENGTH = 240;

        public Media {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(source, "source");
            if (caption.isPresent() && !kind.takesCaption()) {
                throw InvalidInput.of("media.caption", "is not allowed on " + kind.wireName());
            }
            if (filename.isPresent() && kind != MediaKind.DOCUMENT) {
                throw InvalidInput.of("media.filename", "is for documents only");
            }
            caption = Text.optionalBody("media.caption", caption, MAX_CAPTION_LENGTH);
            filename = Text.optionalLine("media.filename", filename, MAX_FILENAME_LENGTH);
        }

        public static Media of(MediaKind kind, MediaSource source) {
            return new Media(kind, source, Optional.empty(), Optional.empty());
        }
    }
}
