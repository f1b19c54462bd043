package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.InvalidInput;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One message a WhatsApp user sent, normalised from whichever provider carried it. Every type WhatsApp can deliver
 * has its own shape; what a provider sends that we do not understand arrives as {@link Unsupported}, never dropped.
 */
public sealed interface InboundMessage {

    InboundHeader header();

    /** A stable, lower-case name of the type, as stored and as shown in the inbox. */
    String type();

    record TextMessage(InboundHeader header, String body) implements InboundMessage {
        public TextMessage {
            Objects.requireNonNull(header, "header");
            body = Objects.requireNonNull(body, "body");
        }

        public String type() {
            return "text";
        }
    }

    /** A tap on a reply button of an interactive message we sent; {@code id} is the id we gave the button. */
    record ButtonReply(InboundHeader header, String id, String title) implements InboundMessage {
        public ButtonReply {
            Objects.requireNonNull(header, "header");
            id = Objects.requireNonNull(id, "id");
            title = Objects.requireNonNull(title, "title");
        }

        public String type() {
            return "button_reply";
        }
    }

    /** A row picked from a list message we sent; {@code id} is the id we gave the row. */
    record ListReply(InboundHeader header, String id, String title, Optional<String> description)
            implements InboundMessage {
        public ListReply {
            Objects.requireNonNull(header, "header");
            id = Objects.requireNonNull(id, "id");
            title = Objects.requireNonNull(title, "title");
        }

        public String type() {
            return "list_reply";
        }
    }

    /**
     * A WhatsApp Flow submitted. {@code responseJson} is the form's answers exactly as sent; {@code flowToken} is the
     * token we gave when sending the flow, which ties the answers to the conversation that asked.
     */
    record FlowReply(InboundHeader header, Optional<String> name, Optional<String> body, String responseJson,
                     Optional<String> flowToken) implements InboundMessage {
        public FlowReply {
            Objects.requireNonNull(header, "header");
            responseJson = Objects.requireNonNull(responseJson, "responseJson");
        }

        public String type() {
            return "flow_reply";
        }
    }

    /** A tap on a quick-reply button of a template; {@code payload} is what the template send set for it. */
    record TemplateButtonReply(InboundHeader header, String payload, String text) implements InboundMessage {
        public TemplateButtonReply {
            Objects.requireNonNull(header, "header");
            payload = Objects.requireNonNull(payload, "payload");
            text = Objects.requireNonNull(text, "text");
        }

        public String type() {
            return "template_button_reply";
        }
    }

    record MediaMessage(InboundHeader header, InboundMedia media) implements InboundMessage {
        public MediaMessage {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(media, "media");
        }

        public String type() {
            return media.kind().wireName();
        }
    }

    record LocationMessage(InboundHeader header, Location location) implements InboundMessage {
        public LocationMessage {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(location, "location");
        }

        public String type() {
            return "location";
        }
    }

    record ContactsMessage(InboundHeader header, List<SharedContact> contacts) implements InboundMessage {
        public ContactsMessage {
            Objects.requireNonNull(header, "header");
            contacts = List.copyOf(contacts);
            if (contacts.isEmpty()) {
                throw InvalidInput.of("contacts", "must hold at least one contact");
            }
        }

        public String type() {
            return "contacts";
        }
    }

    /** An emoji reaction to one of our messages; an empty emoji means the user took their reaction back. */
    record Reaction(InboundHeader header, ProviderMessageId reactedTo, String emoji) implements InboundMessage {
        public Reaction {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(reactedTo, "reactedTo");
            emoji = emoji == null ? "" : emoji;
        }

        public boolean isRemoval() {
            return emoji.isEmpty();
        }

        public String type() {
            return "reaction";
        }
    }

    /**
     * A message we cannot read: WhatsApp's own {@code unsupported} type (a poll, a view-once message…) or a type this
     * platform does not know yet. It is kept, with the provider's type name and errors, so it is stored, counted as the
     * user's last inbound message, and can be answered.
     */
    record Unsupported(InboundHeader header, String providerType, List<ProviderError> errors)
            implements InboundMessage {
        public Unsupported {
            Objects.requireNonNull(header, "header");
            providerType = providerType == null || providerType.isBlank() ? "unknown" : providerType;
            errors = List.copyOf(errors);
        }

        public String type() {
            return "unsupported";
        }
    }
}
