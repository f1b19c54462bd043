package io.chatnation.adapter.whatsapp.cloud;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chatnation.domain.messaging.MediaSource;
import io.chatnation.domain.messaging.OutboundContent;
import io.chatnation.domain.messaging.OutboundMessage;
import io.chatnation.domain.messaging.ProviderMessageId;
import io.chatnation.domain.messaging.TemplateComponent;
import io.chatnation.domain.messaging.TemplateParameter;
import java.util.List;
import java.util.Optional;

/** Writes outbound messages as the request bodies of {@code POST /{version}/{phone-number-id}/messages}. */
final class CloudApiMessageJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CloudApiMessageJson() {}

    static byte[] message(OutboundMessage message) {
        ObjectNode root = JSON.createObjectNode();
        root.put("messaging_product", "whatsapp");
        root.put("recipient_type", "individual");
        // The phone number where we have one; a user who hides theirs is addressed by their business-scoped user id.
        message.to().phone().ifPresentOrElse(
                phone -> root.put("to", phone.digits()),
                () -> root.put("recipient", message.to().userId().orElseThrow().value()));
        message.replyTo().ifPresent(id -> root.putObject("context").put("message_id", id.value()));
        message.callbackData().ifPresent(data -> root.put("biz_opaque_callback_data", data.value()));
        content(root, message.content());
        return bytes(root);
    }

    static byte[] readReceipt(ProviderMessageId inbound) {
        ObjectNode root = JSON.createObjectNode();
        root.put("messaging_product", "whatsapp");
        root.put("status", "read");
        root.put("message_id", inbound.value());
        return bytes(root);
    }

    private static void content(ObjectNode root, OutboundContent content) {
        if (content instanceof OutboundContent.TextMessage text) {
            root.put("type", "text");
            ObjectNode body = root.putObject("text");
            body.put("preview_url", text.previewUrl());
            body.put("body", text.body());
        } else if (content instanceof OutboundContent.Template template) {
            root.put("type", "template");
            template(root.putObject("template"), template);
        } else if (content instanceof OutboundContent.ReplyButtons buttons) {
            root.put("type", "interactive");
            replyButtons(root.putObject("interactive"), buttons);
        } else if (content instanceof OutboundContent.ListMenu list) {
            root.put("type", "interactive");
            list(root.putObject("interactive"), list);
        } else if (content instanceof OutboundContent.Media media) {
            root.put("type", media.kind().wireName());
            ObjectNode object = root.putObject(media.kind().wireName());
            source(object, media.source());
            media.caption().ifPresent(caption -> object.put("caption", caption));
            media.filename().ifPresent(filename -> object.put("filename", filename));
        } else {
            throw new IllegalArgumentException("No Cloud API form for " + content.getClass().getSimpleName());
        }
    }

    private static void template(ObjectNode template, OutboundContent.Template content) {
        template.put("name", content.name().value());
        template.putObject("language").put("code", content.language().value());
        if (content.components().isEmpty()) {
            return;
        }
        ArrayNode components = template.putArray("components");
        for (TemplateComponent component : content.components()) {
            ObjectNode node = components.addObject();
            if (component instanceof TemplateComponent.Header) {
                node.put("type", "header");
            } else if (component instanceof TemplateComponent.Body) {
                node.put("type", "body");
            } else if (component instanceof TemplateComponent.Button button) {
                node.put("type", "button");
                node.put("sub_type", button.type().wireName());
                node.put("index", String.valueOf(button.index()));
            }
            parameters(node.putArray("parameters"), component.parameters());
        }
    }

    private static void parameters(ArrayNode array, List<TemplateParameter> parameters) {
        for (TemplateParameter parameter : parameters) {
            ObjectNode node = array.addObject();
            if (parameter instanceof TemplateParameter.TextValue text) {
                node.put("type", "text");
                node.put("text", text.text());
            } else if (parameter instanceof TemplateParameter.Payload payload) {
                node.put("type", "payload");
                node.put("payload", payload.payload());
            } else if (parameter instanceof TemplateParameter.Media media) {
                String kind = media.kind().wireName();
                node.put("type", kind);
                ObjectNode object = node.putObject(kind);
                source(object, media.source());
                media.filename().ifPresent(filename -> object.put("filename", filename));
            }
        }
    }

    private static void replyButtons(ObjectNode interactive, OutboundContent.ReplyButtons content) {
        interactive.put("type", "button");
        frame(interactive, content.header(), content.body(), content.footer());
        ArrayNode buttons = interactive.putObject("action").putArray("buttons");
        for (OutboundContent.ReplyButton button : content.buttons()) {
            ObjectNode reply = buttons.addObject().put("type", "reply").putObject("reply");
            reply.put("id", button.id());
            reply.put("title", button.title());
        }
    }

    private static void list(ObjectNode interactive, OutboundContent.ListMenu content) {
        interactive.put("type", "list");
        frame(interactive, content.header(), content.body(), content.footer());
        ObjectNode action = interactive.putObject("action");
        action.put("button", content.buttonLabel());
        ArrayNode sections = action.putArray("sections");
        for (OutboundContent.ListSection section : content.sections()) {
            ObjectNode node = sections.addObject();
            section.title().ifPresent(title -> node.put("title", title));
            ArrayNode rows = node.putArray("rows");
            for (OutboundContent.ListRow row : section.rows()) {
                ObjectNode rowNode = rows.addObject();
                rowNode.put("id", row.id());
                rowNode.put("title", row.title());
                row.description().ifPresent(description -> rowNode.put("description", description));
            }
        }
    }

    private static void frame(ObjectNode interactive, Optional<String> header, String body, Optional<String> footer) {
        header.ifPresent(text -> interactive.putObject("header").put("type", "text").put("text", text));
        interactive.putObject("body").put("text", body);
        footer.ifPresent(text -> interactive.putObject("footer").put("text", text));
    }

    private static void source(ObjectNode media, MediaSource source) {
        if (source instanceof MediaSource.Link link) {
            media.put("link", link.url().toString());
        } else if (source instanceof MediaSource.Uploaded uploaded) {
            media.put("id", uploaded.id().value());
        }
    }

    private static byte[] bytes(ObjectNode root) {
        try {
            return JSON.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serialises", e);
        }
    }
}
