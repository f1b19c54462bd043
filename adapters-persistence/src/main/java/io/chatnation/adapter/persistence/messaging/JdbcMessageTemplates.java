package io.chatnation.adapter.persistence.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chatnation.adapter.persistence.shared.DatabaseFailure;
import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.domain.messaging.ContactField;
import io.chatnation.domain.messaging.LanguageCode;
import io.chatnation.domain.messaging.MessageTemplate;
import io.chatnation.domain.messaging.TemplateCategory;
import io.chatnation.domain.messaging.TemplateId;
import io.chatnation.domain.messaging.TemplateLayout;
import io.chatnation.domain.messaging.TemplateName;
import io.chatnation.domain.messaging.TemplateStatus;
import io.chatnation.ports.messaging.out.MessageTemplates;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public final class JdbcMessageTemplates implements MessageTemplates {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final String COLUMNS = "id, name, language, category, components::text as components, "
            + "variables::text as variables, status, created_at, updated_at";

    /** The stored shape of {@link TemplateLayout}; absent parts are null. */
    record Components(String header, String body, String footer, List<String> buttons) {}

    private final Jdbc jdbc;

    public JdbcMessageTemplates(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<MessageTemplate> list() {
        return jdbc.list("select " + COLUMNS + " from message_templates order by name, language",
                JdbcMessageTemplates::template);
    }

    @Override
    public Optional<MessageTemplate> find(TemplateId id) {
        return jdbc.one("select " + COLUMNS + " from message_templates where id = ?", JdbcMessageTemplates::template,
                id.value());
    }

    @Override
    public Optional<MessageTemplate> find(TemplateName name, LanguageCode language) {
        return jdbc.one("select " + COLUMNS + " from message_templates where name = ? and language = ?",
                JdbcMessageTemplates::template, name.value(), language.value());
    }

    @Override
    public void add(MessageTemplate t) {
        jdbc.insertUnique("""
                insert into message_templates (id, name, language, category, components, variables, status,
                                               created_at, updated_at)
                values (?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?)""",
                "A template with this name and language exists already",
                t.id().value(), t.name().value(), t.language().value(), t.category().name(), components(t.layout()),
                variables(t.variables()), t.status().name(), t.createdAt(), t.updatedAt());
    }

    @Override
    public void update(MessageTemplate t) {
        jdbc.update("""
                update message_templates set name = ?, language = ?, category = ?, components = ?::jsonb,
                       variables = ?::jsonb, status = ?, updated_at = ?
                where id = ?""",
                t.name().value(), t.language().value(), t.category().name(), components(t.layout()),
                variables(t.variables()), t.status().name(), t.updatedAt(), t.id().value());
    }

    @Override
    public boolean delete(TemplateId id) {
        return jdbc.update("delete from message_templates where id = ?", id.value()) == 1;
    }

    private static String components(TemplateLayout layout) {
        return write(new Components(layout.header().orElse(null), layout.body(), layout.footer().orElse(null),
                layout.buttons()));
    }

    private static String variables(List<ContactField> variables) {
        return write(variables.stream().map(ContactField::value).toList());
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new DatabaseFailure("A template could not be written", e);
        }
    }

    private static MessageTemplate template(ResultSet rs) throws SQLException {
        Components c;
        List<String> variables;
        try {
            c = JSON.readValue(rs.getString("components"), Components.class);
            variables = JSON.readValue(rs.getString("variables"), STRINGS);
        } catch (JsonProcessingException e) {
            throw new SQLException("message_templates holds unreadable JSON", e);
        }
        TemplateLayout layout = new TemplateLayout(Optional.ofNullable(c.header()), c.body(),
                Optional.ofNullable(c.footer()), c.buttons() == null ? List.of() : c.buttons());
        return new MessageTemplate(new TemplateId(rs.getObject("id", UUID.class)), new TemplateName(rs.getString("name")),
                new LanguageCode(rs.getString("language")), TemplateCategory.valueOf(rs.getString("category")), layout,
                variables.stream().map(ContactField::new).toList(), TemplateStatus.valueOf(rs.getString("status")),
                Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "updated_at"));
    }
}
