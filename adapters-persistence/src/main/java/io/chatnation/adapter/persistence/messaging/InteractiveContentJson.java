package io.chatnation.adapter.persistence.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chatnation.domain.messaging.OutboundContent;
import io.chatnation.domain.messaging.OutboundContent.ListMenu;
import io.chatnation.domain.messaging.OutboundContent.ListRow;
import io.chatnation.domain.messaging.OutboundContent.ListSection;
import io.chatnation.domain.messaging.OutboundContent.ReplyButton;
import io.chatnation.domain.messaging.OutboundContent.ReplyButtons;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reply buttons and list menus as stored in {@code sandbox_deliveries.content}, and read back into the domain. */
final class InteractiveContentJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private InteractiveContentJson() {}

    static String write(OutboundContent content) {
        ObjectNode node = JSON.createObjectNode();
        if (content instanceof ReplyButtons buttons) {
            node.put("type", "buttons").put("body", buttons.body());
            buttons.header().ifPresent(h -> node.put("header", h));
            buttons.footer().ifPresent(f -> node.put("footer", f));
            ArrayNode list = node.putArray("buttons");
            buttons.buttons().forEach(b -> list.addObject().put("id", b.id()).put("title", b.title()));
        } else if (content instanceof ListMenu menu) {
            node.put("type", "list").put("body", menu.body()).put("button", menu.buttonLabel());
            menu.header().ifPresent(h -> node.put("header", h));
            menu.footer().ifPresent(f -> node.put("footer", f));
            ArrayNode sections = node.putArray("sections");
            for (ListSection section : menu.sections()) {
                ObjectNode s = sections.addObject();
                section.title().ifPresent(t -> s.put("title", t));
                ArrayNode rows = s.putArray("rows");
                for (ListRow row : section.rows()) {
                    ObjectNode r = rows.addObject().put("id", row.id()).put("title", row.title());
                    row.description().ifPresent(d -> r.put("description", d));
                }
            }
        } else {
            throw new IllegalArgumentException("not interactive content: " + content.getClass().getSimpleName());
        }
        return node.toString();
    }

    static OutboundContent read(String stored) {
        JsonNode node;
        try {
            node = JSON.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable sandbox content", e);
        }
        Optional<String> header = text(node, "header");
        Optional<String> footer = text(node, "footer");
        if ("buttons".equals(node.path("type").asText())) {
            List<ReplyButton> buttons = new ArrayList<>();
            node.path("buttons").forEach(b -> buttons.add(new ReplyButton(b.path("id").asText(), b.path("title").asText())));
            return new ReplyButtons(node.path("body").asText(), buttons, header, footer);
        }
        List<ListSection> sections = new ArrayList<>();
        for (JsonNode s : node.path("sections")) {
            List<ListRow> rows = new ArrayList<>();
            s.path("rows").forEach(r -> rows.add(new ListRow(r.path("id").asText(), r.path("title").asText(),
                    text(r, "description"))));
            sections.add(new ListSection(text(s, "title"), rows));
        }
        return new ListMenu(node.path("body").asText(), node.path("button").asText(), sections, header, footer);
    }

    private static Optional<String> text(JsonNode node, String field) {
        return node.hasNonNull(field) ? Optional.of(node.get(field).asText()) : Optional.empty();
    }
}
