package io.chatnation.adapter.persistence.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chatnation.domain.messaging.OutboundContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The stored form of a bot reply's content (messages.content): text, reply buttons or a list. Read back through the
 * domain constructors, so a stored reply is checked against WhatsApp's limits again before it is sent.
 */
final class OutboundContentJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OutboundContentJson() {}

    static String write(OutboundContent content) {
        ObjectNode node = JSON.createObjectNode();
        if (content instanceof OutboundContent.TextMessage text) {
            node.put("type", "text").put("body", text.body()).put("previewUrl", text.previewUrl());
        } else if (content instanceof OutboundContent.ReplyButtons buttons) {
            node.put("type", "buttons").put("body", buttons.body());
            buttons.header().ifPresent(h -> node.put("header", h));
            buttons.footer().ifPresent(f -> node.put("footer", f));
            ArrayNode list = node.putArray("buttons");
            buttons.buttons().forEach(b -> list.addObject().put("id", b.id()).put("title", b.title()));
        } else if (content instanceof OutboundContent.ListMenu menu) {
            node.put("type", "list").put("body", menu.body()).put("button", menu.buttonLabel());
            menu.header().ifPresent(h -> node.put("header", h));
            menu.footer().ifPresent(f -> node.put("footer", f));
            ArrayNode sections = node.putArray("sections");
            for (OutboundContent.ListSection section : menu.sections()) {
                ObjectNode s = sections.addObject();
                section.title().ifPresent(t -> s.put("title", t));
                ArrayNode rows = s.putArray("rows");
                section.rows().forEach(r -> {
                    ObjectNode row = rows.addObject().put("id", r.id()).put("title", r.title());
                    r.description().ifPresent(d -> row.put("description", d));
                });
            }
        } else {
            throw new IllegalArgumentException("no stored form for " + content.getClass().getSimpleName());
        }
        return node.toString();
    }

    static OutboundContent read(String json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored reply content is not JSON", e);
        }
        return switch (node.path("type").asText()) {
            case "text" -> new OutboundContent.TextMessage(node.path("body").asText(), node.path("previewUrl").asBoolean());
            case "buttons" -> {
                List<OutboundContent.ReplyButton> buttons = new ArrayList<>();
                node.path("buttons").forEach(b -> buttons.add(new OutboundContent.ReplyButton(b.path("id").asText(),
                        b.path("title").asText())));
                yield new OutboundContent.ReplyButtons(node.path("body").asText(), buttons, text(node, "header"),
                        text(node, "footer"));
            }
            case "list" -> {
                List<OutboundContent.ListSection> sections = new ArrayList<>();
                node.path("sections").forEach(s -> {
                    List<OutboundContent.ListRow> rows = new ArrayList<>();
                    s.path("rows").forEach(r -> rows.add(new OutboundContent.ListRow(r.path("id").asText(),
                            r.path("title").asText(), text(r, "description"))));
                    sections.add(new OutboundContent.ListSection(text(s, "title"), rows));
                });
                yield new OutboundContent.ListMenu(node.path("body").asText(), node.path("button").asText(), sections,
                        text(node, "header"), text(node, "footer"));
            }
            default -> throw new IllegalStateException("unknown stored reply type " + node.path("type").asText());
        };
    }

    private static Optional<String> text(JsonNode node, String field) {
        return node.hasNonNull(field) ? Optional.of(node.get(field).asText()) : Optional.empty();
    }
}
