package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.InvalidInput;
import java.util.Objects;
import java.util.Optional;

/** One value filled into a template variable. */
public sealed interface TemplateParameter {

    record TextValue(String text) implements TemplateParameter {
        public static final int MAX_LENGTH = 1024;

        public TextValue {
            text = Text.body("template.parameter.text", text, MAX_LENGTH);
        }
    }

    /** The media a header shows; only images, videos and documents can head a template. */
    record Media(MediaKind kind, MediaSource source, Optional<String> filename) implements TemplateParameter {
        public Media {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(source, "source");
            if (kind != MediaKind.IMAGE && kind != MediaKind.VIDEO && kind != MediaKind.DOCUMENT) {
                throw InvalidInput.of("template.header.media", "must be an image, a video or a document");
            }
            if (filename.isPresent() && kind != MediaKind.DOCUMENT) {
                throw InvalidInput.of("template.header.media.filename", "is for documents only");
            }
            filename = Text.optionalLine("template.header.media.filename", filename, OutboundContent.Media.MAX_FILENAME_LENGTH);
        }
    }

    /** What a quick-reply button sends back when tapped, so the reply is recognised without reading its text. */
    record Payload(String payload) implements TemplateParameter {
        public static final int MAX_LENGTH = 256;

        public Payload {
            payload = Text.line("template.button.payload", payload, MAX_LENGTH);
        }
    }

    static TemplateParameter text(String text) {
        return new TextValue(text);
    }

    static TemplateParameter payload(String payload) {
        return new Payload(payload);
    }

    static TemplateParameter media(MediaKind kind, MediaSource source) {
        return new Media(kind, source, Optional.empty());
    }
}
