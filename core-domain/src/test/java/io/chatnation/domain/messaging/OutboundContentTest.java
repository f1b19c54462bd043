package io.chatnation.domain.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chatnation.domain.messaging.OutboundContent.ListMenu;
import io.chatnation.domain.messaging.OutboundContent.ListRow;
import io.chatnation.domain.messaging.OutboundContent.ListSection;
import io.chatnation.domain.messaging.OutboundContent.ReplyButton;
import io.chatnation.domain.messaging.OutboundContent.ReplyButtons;
import io.chatnation.domain.shared.InvalidInput;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** WhatsApp's limits on what we send, refused with the field to fix before anything reaches a provider. */
class OutboundContentTest {

    private static void refused(ThrowingCallable build, String field, String messagePart) {
        assertThatThrownBy(build).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.errors()).hasSize(1);
            assertThat(e.errors().get(0).field()).isEqualTo(field);
            assertThat(e.errors().get(0).message()).contains(messagePart);
        });
    }

    @Nested
    class Text {

        @Test
        void a_body_of_4096_characters_goes_and_one_more_is_refused() {
            assertThatCode(() -> OutboundContent.TextMessage.of("a".repeat(4096))).doesNotThrowAnyException();
            refused(() -> OutboundContent.TextMessage.of("a".repeat(4097)), "text.body", "4096");
        }

        @Test
        void characters_are_counted_as_whatsapp_counts_them_so_an_emoji_is_one() {
            assertThatCode(() -> OutboundContent.TextMessage.of("🎉".repeat(4096))).doesNotThrowAnyException();
        }

        @Test
        void a_blank_body_is_refused() {
            refused(() -> OutboundContent.TextMessage.of("  "), "text.body", "required");
        }

        @Test
        void line_breaks_are_fine_in_a_body_but_control_characters_are_not() {
            assertThatCode(() -> OutboundContent.TextMessage.of("Line one\nLine two")).doesNotThrowAnyException();
            refused(() -> OutboundContent.TextMessage.of("bell\u0007"), "text.body", "control");
        }

        @Test
        void is_free_form_so_only_inside_the_service_window() {
            assertThat(OutboundContent.TextMessage.of("hi").isFreeForm()).isTrue();
        }
    }

    @Nested
    class Reply_buttons {

        @Test
        void one_to_three_buttons() {
            assertThatCode(() -> ReplyButtons.of("Pick", new ReplyButton("a", "A"), new ReplyButton("b", "B"),
                    new ReplyButton("c", "C"))).doesNotThrowAnyException();
            refused(() -> ReplyButtons.of("Pick", new ReplyButton("a", "A"), new ReplyButton("b", "B"),
                    new ReplyButton("c", "C"), new ReplyButton("d", "D")), "interactive.buttons", "1 to 3");
            refused(() -> ReplyButtons.of("Pick"), "interactive.buttons", "1 to 3");
        }

        @Test
        void a_title_is_at_most_20_characters() {
            assertThatCode(() -> new ReplyButton("ok", "x".repeat(20))).doesNotThrowAnyException();
            refused(() -> new ReplyButton("ok", "x".repeat(21)), "interactive.button.title", "20");
        }

        @Test
        void ids_and_titles_are_unique() {
            refused(() -> ReplyButtons.of("Pick", new ReplyButton("same", "Yes"), new ReplyButton("same", "No")),
                    "interactive.buttons[1].id", "another button");
            refused(() -> ReplyButtons.of("Pick", new ReplyButton("y", "Yes"), new ReplyButton("n", "YES")),
                    "interactive.buttons[1].title", "another button");
        }

        @Test
        void the_body_is_at_most_1024_characters() {
            refused(() -> ReplyButtons.of("b".repeat(1025), new ReplyButton("a", "A")), "interactive.body", "1024");
        }
    }

    @Nested
    class Lists {

        private ListRow row(int i) {
            return ListRow.of("row-" + i, "Row " + i);
        }

        @Test
        void ten_rows_across_sections_go_and_eleven_are_refused() {
            List<ListRow> six = IntStream.range(0, 6).mapToObj(this::row).toList();
            List<ListRow> four = IntStream.range(6, 10).mapToObj(this::row).toList();
            List<ListRow> five = IntStream.range(6, 11).mapToObj(this::row).toList();

            assertThatCode(() -> new ListMenu("Pick", "Options", List.of(new ListSection(Optional.of("A"), six),
                    new ListSection(Optional.of("B"), four)), Optional.empty(), Optional.empty())).doesNotThrowAnyException();
            refused(() -> new ListMenu("Pick", "Options", List.of(new ListSection(Optional.of("A"), six),
                    new ListSection(Optional.of("B"), five)), Optional.empty(), Optional.empty()),
                    "interactive.sections", "at most 10 rows");
        }

        @Test
        void a_row_title_is_at_most_24_characters_and_its_description_72() {
            assertThatCode(() -> ListRow.of("id", "t".repeat(24))).doesNotThrowAnyException();
            refused(() -> ListRow.of("id", "t".repeat(25)), "interactive.row.title", "24");
            refused(() -> new ListRow("id", "t", Optional.of("d".repeat(73))), "interactive.row.description", "72");
        }

        @Test
        void the_button_label_is_at_most_20_characters() {
            refused(() -> ListMenu.of("Pick", "l".repeat(21), ListSection.of(null, row(1))), "interactive.button", "20");
        }

        @Test
        void several_sections_each_need_a_title_and_row_ids_are_unique() {
            refused(() -> ListMenu.of("Pick", "Options", ListSection.of("A", row(1)), ListSection.of(null, row(2))),
                    "interactive.sections[1].title", "several sections");
            refused(() -> ListMenu.of("Pick", "Options", ListSection.of("A", row(1)), ListSection.of("B", row(1))),
                    "interactive.sections[1].rows[0].id", "another row");
            assertThatCode(() -> ListMenu.of("Pick", "Options", ListSection.of(null, row(1)))).doesNotThrowAnyException();
        }
    }

    @Nested
    class Templates {

        private final TemplateName name = new TemplateName("event_rsvp");
        private final LanguageCode english = new LanguageCode("en");

        @Test
        void are_the_one_thing_that_goes_outside_the_service_window() {
            assertThat(new OutboundContent.Template(name, english, List.of()).isFreeForm()).isFalse();
        }

        @Test
        void names_and_languages_are_in_whatsapps_form() {
            refused(() -> new TemplateName("Event RSVP"), "template.name", "lower-case");
            refused(() -> new LanguageCode("english"), "template.language", "en_US");
            assertThatCode(() -> new LanguageCode("pt_BR")).doesNotThrowAnyException();
        }

        @Test
        void a_quick_reply_button_takes_a_payload_and_a_url_button_a_text() {
            refused(() -> new TemplateComponent.Button(TemplateComponent.ButtonType.QUICK_REPLY, 0,
                    List.of(TemplateParameter.text("yes"))), "template.buttons[0].parameters", "payload");
            refused(() -> new TemplateComponent.Button(TemplateComponent.ButtonType.URL, 1,
                    List.of(TemplateParameter.payload("X"))), "template.buttons[1].parameters", "text");
            refused(() -> new TemplateComponent.Button(TemplateComponent.ButtonType.URL, 10,
                    List.of(TemplateParameter.text("x"))), "template.buttons.index", "between 0 and 9");
        }

        @Test
        void a_header_holds_one_text_or_media_and_the_body_only_text() {
            refused(() -> new TemplateComponent.Header(List.of(TemplateParameter.text("a"), TemplateParameter.text("b"))),
                    "template.header.parameters", "exactly one");
            refused(() -> new TemplateComponent.Header(List.of(TemplateParameter.text("h".repeat(61)))),
                    "template.header.parameters[0].text", "60");
            refused(() -> new TemplateComponent.Body(List.of(TemplateParameter.text("Jane"),
                    TemplateParameter.media(MediaKind.IMAGE, MediaSource.link("l", "https://x.org/a.png")))),
                    "template.body.parameters[1]", "text");
            refused(() -> TemplateParameter.media(MediaKind.STICKER, MediaSource.link("l", "https://x.org/a.webp")),
                    "template.header.media", "image, a video or a document");
        }

        @Test
        void a_component_is_given_once() {
            TemplateComponent.Body body = new TemplateComponent.Body(List.of(TemplateParameter.text("x")));
            refused(() -> new OutboundContent.Template(name, english, List.of(body, body)), "template.body", "at most one");
            TemplateComponent.Button button = new TemplateComponent.Button(TemplateComponent.ButtonType.QUICK_REPLY, 0,
                    List.of(TemplateParameter.payload("A")));
            refused(() -> new OutboundContent.Template(name, english, List.of(button, button)), "template.buttons[0]", "twice");
        }
    }

    @Nested
    class Media {

        @Test
        void by_link_or_by_uploaded_id() {
            assertThatCode(() -> OutboundContent.Media.of(MediaKind.IMAGE, MediaSource.link("link", "https://cdn.example.org/a.jpg")))
                    .doesNotThrowAnyException();
            assertThatCode(() -> OutboundContent.Media.of(MediaKind.AUDIO, new MediaSource.Uploaded(new MediaId("1037543291543636"))))
                    .doesNotThrowAnyException();
        }

        @Test
        void a_link_must_be_absolute_http() {
            refused(() -> MediaSource.link("link", "ftp://example.org/a.jpg"), "media.link", "http");
            refused(() -> MediaSource.link("link", "/relative/a.jpg"), "media.link", "http");
            refused(() -> MediaSource.link("link", "https://bad host/a.jpg"), "link", "valid URL");
        }

        @Test
        void audio_and_stickers_take_no_caption_and_only_documents_a_filename() {
            MediaSource source = MediaSource.link("link", "https://cdn.example.org/a");
            refused(() -> new OutboundContent.Media(MediaKind.AUDIO, source, Optional.of("hear this"), Optional.empty()),
                    "media.caption", "audio");
            refused(() -> new OutboundContent.Media(MediaKind.STICKER, source, Optional.of("lol"), Optional.empty()),
                    "media.caption", "sticker");
            refused(() -> new OutboundContent.Media(MediaKind.IMAGE, source, Optional.empty(), Optional.of("a.jpg")),
                    "media.filename", "documents only");
            refused(() -> new OutboundContent.Media(MediaKind.IMAGE, source, Optional.of("c".repeat(1025)), Optional.empty()),
                    "media.caption", "1024");
        }
    }

    @Test
    void callback_data_is_at_most_512_characters() {
        assertThatCode(() -> new CallbackData("x".repeat(512))).doesNotThrowAnyException();
        refused(() -> new CallbackData("x".repeat(513)), "callbackData", "512");
    }
}
