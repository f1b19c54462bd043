package io.chatnation.adapter.persistence.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.domain.messaging.BotMenu;
import io.chatnation.domain.messaging.Keyword;
import io.chatnation.domain.messaging.RoutingSettings;
import io.chatnation.ports.messaging.out.MessagingSettings;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

public final class JdbcMessagingSettings implements MessagingSettings {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Jdbc jdbc;

    public JdbcMessagingSettings(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<RoutingSettings> routing() {
        return jdbc.one("select default_reply, menu, opt_out_words, opt_in_words from messaging_settings",
                JdbcMessagingSettings::settings);
    }

    @Override
    public void saveRouting(RoutingSettings settings, Instant at) {
        jdbc.update("""
                insert into messaging_settings (default_reply, menu, opt_out_words, opt_in_words, updated_at)
                values (?, ?::jsonb, ?, ?, ?)
                on conflict (org_id) do update set default_reply = excluded.default_reply, menu = excluded.menu,
                       opt_out_words = excluded.opt_out_words, opt_in_words = excluded.opt_in_words,
                       updated_at = excluded.updated_at""",
                settings.defaultReply().orElse(null), settings.menu().map(JdbcMessagingSettings::menuJson).orElse(null),
                jdbc.textArray(words(settings.optOutWords())), jdbc.textArray(words(settings.optInWords())), at);
    }

    private static List<String> words(java.util.Set<Keyword> words) {
        return words.stream().map(Keyword::value).sorted().toList();
    }

    private static String menuJson(BotMenu menu) {
        ObjectNode node = JSON.createObjectNode().put("title", menu.title());
        var options = node.putArray("options");
        menu.options().forEach(o -> options.addObject().put("label", o.label()).put("keyword", o.keyword().value()));
        return node.toString();
    }

    private static RoutingSettings settings(ResultSet rs) throws SQLException {
        Optional<BotMenu> menu = Optional.ofNullable(rs.getString("menu")).map(JdbcMessagingSettings::menu);
        return new RoutingSettings(Optional.ofNullable(rs.getString("default_reply")), menu,
                Jdbc.texts(rs, "opt_out_words").stream().map(Keyword::of).collect(Collectors.toSet()),
                Jdbc.texts(rs, "opt_in_words").stream().map(Keyword::of).collect(Collectors.toSet()));
    }

    private static BotMenu menu(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            List<BotMenu.Option> options = new ArrayList<>();
            node.path("options").forEach(o -> options.add(new BotMenu.Option(o.path("label").asText(),
                    Keyword.of(o.path("keyword").asText()))));
            return new BotMenu(node.path("title").asText(), options);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored menu is not JSON", e);
        }
    }
}
