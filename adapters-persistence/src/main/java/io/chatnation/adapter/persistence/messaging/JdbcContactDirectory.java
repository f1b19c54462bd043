package io.chatnation.adapter.persistence.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chatnation.adapter.persistence.shared.DatabaseFailure;
import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.adapter.persistence.shared.JdbcUnitOfWork;
import io.chatnation.adapter.persistence.shared.Keyset;
import io.chatnation.domain.messaging.ConsentChange;
import io.chatnation.domain.messaging.ContactDetails;
import io.chatnation.domain.messaging.ContactFilter;
import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.messaging.ContactProfile;
import io.chatnation.domain.messaging.DuplicatePolicy;
import io.chatnation.domain.messaging.WhatsAppUserId;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.domain.shared.PhoneNumber;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

public final class JdbcContactDirectory implements io.chatnation.ports.messaging.out.ContactDirectory {

    private static final String COLUMNS = "id, phone, wa_user_id, profile_name, language, labels, custom_fields::text as custom_fields, "
            + "notes, blocked, opted_out, opted_in_at, opt_in_source, opted_out_at, last_inbound_at, created_at, updated_at";

    private static final NewestFirst NEWEST_FIRST = new NewestFirst("created_at", "id");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {};

    private final Jdbc jdbc;
    private final ContactImportWriter importer;

    public JdbcContactDirectory(Jdbc jdbc, JdbcUnitOfWork uow) {
        this.jdbc = jdbc;
        this.importer = new ContactImportWriter(uow);
    }

    @Override
    public Page<ContactDetails> list(ContactFilter filter, PageRequest page) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from contacts where true");
        List<Object> params = new ArrayList<>();
        filter.search().ifPresent(s -> {
            String digits = ContactSearch.phoneDigits(s);
            sql.append(" and (profile_name ilike ? escape '\\'");
            params.add(ContactSearch.anywhere(s));
            if (!digits.isEmpty()) {
                sql.append(" or phone like ?");
                params.add(ContactSearch.anywhere(digits));
            }
            sql.append(")");
        });
        filter.label().ifPresent(l -> {
            sql.append(" and labels @> array[?]::text[]");
            params.add(l);
        });
        filter.optedOut().ifPresent(o -> {
            sql.append(" and opted_out = ?");
            params.add(o);
        });
        filter.blocked().ifPresent(b -> {
            sql.append(" and blocked = ?");
            params.add(b);
        });
        return NEWEST_FIRST.page(jdbc, sql, params, page, JdbcContactDirectory::details,
                c -> new Keyset(c.createdAt(), c.id().value()));
    }

    @Override
    public Optional<ContactDetails> find(ContactId id) {
        return jdbc.one("select " + COLUMNS + " from contacts where id = ?", JdbcContactDirectory::details, id.value());
    }

    @Override
    public Optional<ContactDetails> findByPhone(PhoneNumber phone) {
        // The organisation leads the unique index on phone; Row-Level Security alone does not make the planner use it.
        return jdbc.one("select " + COLUMNS + " from contacts where org_id = app_current_org() and phone = ?",
                JdbcContactDirectory::details, phone.e164());
    }

    @Override
    public void add(ContactId id, PhoneNumber phone, ContactProfile profile, Instant now) {
        jdbc.insertUnique("""
                insert into contacts (id, phone, profile_name, language, labels, custom_fields, notes, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)""", "A contact with this phone number already exists",
                id.value(), phone.e164(), profile.name(), profile.language(), jdbc.textArray(profile.labels()),
                json(profile.customFields()), profile.notes(), now, now);
    }

    @Override
    public void updateProfile(ContactId id, ContactProfile profile, Instant now) {
        jdbc.update("""
                update contacts set profile_name = ?, language = ?, labels = ?, custom_fields = ?::jsonb, notes = ?,
                                    updated_at = ?
                where id = ?""",
                profile.name(), profile.language(), jdbc.textArray(profile.labels()), json(profile.customFields()),
                profile.notes(), now, id.value());
    }

    @Override
    public void setBlocked(ContactId id, boolean blocked, Instant now) {
        jdbc.update("update contacts set blocked = ?, updated_at = ? where id = ?", blocked, now, id.value());
    }

    @Override
    public void recordConsent(ContactId id, ConsentChange change) {
        ConsentHistory.record(jdbc, id.value(), change.optedOut(), change.at(), change.source());
    }

    @Override
    public List<ConsentChange> consentHistory(ContactId id) {
        return jdbc.list("select opted_out, source, occurred_at from contact_consent_events where contact_id = ? "
                        + "order by occurred_at, id",
                rs -> new ConsentChange(rs.getBoolean("opted_out"), rs.getString("source"), Jdbc.instant(rs, "occurred_at")),
                id.value());
    }

    @Override
    public List<MessageRecord> messages(ContactId id) {
        return jdbc.list("select direction, type, body, status, created_at from messages where contact_id = ? "
                        + "order by created_at, id",
                rs -> new MessageRecord(rs.getString("direction"), rs.getString("type"),
                        Optional.ofNullable(rs.getString("body")), rs.getString("status"), Jdbc.instant(rs, "created_at")),
                id.value());
    }

    @Override
    public void delete(ContactId id) {
        jdbc.update("delete from contacts where id = ?", id.value());
    }

    @Override
    public void erase(ContactId id) {
        jdbc.update("""
                delete from messages where contact_id = ?
                    or peer_phone is not null and peer_phone = (select phone from contacts where id = ?)
                    or peer_wa_user_id is not null and peer_wa_user_id = (select wa_user_id from contacts where id = ?)""",
                id.value(), id.value(), id.value());
        jdbc.update("delete from contacts where id = ?", id.value());
    }

    @Override
    public ImportCounts importBatch(List<ImportedContact> contacts, DuplicatePolicy policy, Instant now) {
        return importer.write(contacts, policy, now);
    }

    @Override
    public long forEach(Consumer<ContactDetails> sink) {
        return jdbc.forEach("select " + COLUMNS + " from contacts order by created_at, id", rs -> {
            sink.accept(details(rs));
            return null;
        });
    }

    static String json(Map<String, String> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new DatabaseFailure("Custom fields could not be written", e);
        }
    }

    private static ContactDetails details(ResultSet rs) throws SQLException {
        Map<String, String> fields;
        try {
            fields = JSON.readValue(rs.getString("custom_fields"), FIELDS);
        } catch (JsonProcessingException e) {
            throw new SQLException("custom_fields is not a JSON object of strings", e);
        }
        ContactProfile profile = new ContactProfile(Optional.ofNullable(rs.getString("profile_name")),
                Optional.ofNullable(rs.getString("language")), new LinkedHashSet<>(Jdbc.texts(rs, "labels")), fields,
                Optional.ofNullable(rs.getString("notes")));
        return new ContactDetails(new ContactId(rs.getObject("id", UUID.class)),
                Optional.ofNullable(rs.getString("phone")).map(PhoneNumber::new),
                Optional.ofNullable(rs.getString("wa_user_id")).map(WhatsAppUserId::new), profile,
                rs.getBoolean("blocked"), rs.getBoolean("opted_out"), Jdbc.optionalInstant(rs, "opted_in_at"),
                Optional.ofNullable(rs.getString("opt_in_source")), Jdbc.optionalInstant(rs, "opted_out_at"),
                Jdbc.optionalInstant(rs, "last_inbound_at"), Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "updated_at"));
    }
}
