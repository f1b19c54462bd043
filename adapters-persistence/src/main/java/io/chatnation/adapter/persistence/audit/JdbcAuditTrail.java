package io.chatnation.adapter.persistence.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chatnation.adapter.persistence.shared.DatabaseFailure;
import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.adapter.persistence.shared.Keyset;
import io.chatnation.adapter.persistence.shared.Pages;
import io.chatnation.domain.audit.AuditAction;
import io.chatnation.domain.audit.AuditEntry;
import io.chatnation.domain.audit.AuditQuery;
import io.chatnation.domain.shared.ActorType;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.domain.shared.RequestOrigin;
import io.chatnation.ports.audit.out.AuditTrail;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

public final class JdbcAuditTrail implements AuditTrail {

    private static final String COLUMNS = """
            select id, org_id, actor_id, actor_type, action, entity_type, entity_id, before_state::text as before_state,
                   after_state::text as after_state, ip_address, user_agent, occurred_at, metadata::text as metadata
            from audit_logs
            """;
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final Jdbc jdbc;
    private final ObjectMapper json;

    public JdbcAuditTrail(Jdbc jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void append(AuditEntry e) {
        jdbc.update("""
                insert into audit_logs (id, actor_id, actor_type, action, entity_type, entity_id, before_state, after_state,
                                        ip_address, user_agent, occurred_at, metadata)
                values (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?::jsonb)
                """, e.id(), e.actorId(), e.actorType().code(), e.action().value(), e.entityType(), e.entityId(),
                e.before().map(this::write), e.after().map(this::write), e.origin().ipAddress(), e.origin().userAgent(),
                e.occurredAt(), write(e.metadata()));
    }

    @Override
    public Page<AuditEntry> find(AuditQuery query, PageRequest page) {
        Filter filter = Filter.of(query);
        page.cursor().map(Keyset::decode).ifPresent(before -> filter.add("(occurred_at, id) < (?, ?)", before.at(), before.id()));
        filter.params.add(page.limit() + 1);
        List<AuditEntry> rows = jdbc.list(COLUMNS + filter.where() + " order by occurred_at desc, id desc limit ?",
                this::row, filter.params.toArray());
        return Pages.of(rows, page.limit(), e -> new Keyset(e.occurredAt(), e.id()));
    }

    @Override
    public long forEach(AuditQuery query, Consumer<AuditEntry> sink) {
        Filter filter = Filter.of(query);
        return jdbc.forEach(COLUMNS + filter.where() + " order by occurred_at, id", rs -> {
            sink.accept(row(rs));
            return null;
        }, filter.params.toArray());
    }

    /** The WHERE clause of a query, built only from fixed fragments; values always travel as parameters. */
    private static final class Filter {
        final List<String> clauses = new ArrayList<>();
        final List<Object> params = new ArrayList<>();

        static Filter of(AuditQuery q) {
            Filter f = new Filter();
            q.actionPrefix().ifPresent(a -> f.add("action like ? escape '\\'", a.toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"));
            q.actorId().ifPresent(a -> f.add("actor_id = ?", a));
            q.entityType().ifPresent(t -> f.add("entity_type = ?", t));
            q.entityId().ifPresent(id -> f.add("entity_id = ?", id));
            q.from().ifPresent(t -> f.add("occurred_at >= ?", t));
            q.to().ifPresent(t -> f.add("occurred_at < ?", t));
            return f;
        }

        void add(String clause, Object... values) {
            clauses.add(clause);
            params.addAll(List.of(values));
        }

        String where() {
            return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
        }
    }

    private AuditEntry row(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getObject("id", UUID.class), new OrgId(rs.getObject("org_id", UUID.class)),
                rs.getObject("actor_id", UUID.class), ActorType.valueOf(rs.getString("actor_type").toUpperCase(Locale.ROOT)),
                new AuditAction(rs.getString("action")), rs.getString("entity_type"),
                Optional.ofNullable(rs.getObject("entity_id", UUID.class)),
                Optional.ofNullable(rs.getString("before_state")).map(this::read),
                Optional.ofNullable(rs.getString("after_state")).map(this::read),
                RequestOrigin.of(rs.getString("ip_address"), rs.getString("user_agent")),
                Jdbc.instant(rs, "occurred_at"), read(rs.getString("metadata")));
    }

    private String write(Map<String, Object> value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new DatabaseFailure("Audit snapshot is not serialisable", e);
        }
    }

    private Map<String, Object> read(String value) {
        try {
            return json.readValue(value, MAP);
        } catch (JsonProcessingException e) {
            throw new DatabaseFailure("Audit snapshot is not readable", e);
        }
    }
}
