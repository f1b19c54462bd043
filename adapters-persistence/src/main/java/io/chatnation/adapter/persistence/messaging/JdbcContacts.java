package io.chatnation.adapter.persistence.messaging;

import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.domain.messaging.Contact;
import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.messaging.WhatsAppIdentity;
import io.chatnation.domain.messaging.WhatsAppUserId;
import io.chatnation.domain.shared.PhoneNumber;
import io.chatnation.ports.messaging.out.Contacts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

public final class JdbcContacts implements Contacts {

    private static final String COLUMNS = "id, phone, wa_user_id, profile_name, opted_out, last_inbound_at";

    private final Jdbc jdbc;

    public JdbcContacts(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Contact> findForUpdate(WhatsAppIdentity identity) {
        // The phone match first: it is the identifier people share and import; the user id only fills in. The
        // organisation is named although Row-Level Security adds it anyway: it leads both unique indexes, and
        // without it in the statement the planner scanned the whole table on every inbound message.
        return jdbc.one("select " + COLUMNS + " from contacts where org_id = app_current_org() "
                        + "and (phone = ?::text or wa_user_id = ?::text) "
                        + "order by (phone = ?::text) desc nulls last, created_at limit 1 for update",
                JdbcContacts::contact, phone(identity), userId(identity), phone(identity));
    }

    @Override
    public boolean addIfAbsent(Contact contact, Instant now) {
        return jdbc.update("""
                insert into contacts (id, phone, wa_user_id, profile_name, opted_out, last_inbound_at, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                contact.id().value(), phone(contact.identity()), userId(contact.identity()), contact.profileName(),
                contact.optedOut(), contact.lastInboundAt(), now, now) == 1;
    }

    @Override
    public void update(Contact contact, Instant now) {
        jdbc.update("""
                update contacts set phone = ?, wa_user_id = ?, profile_name = ?, last_inbound_at = ?, updated_at = ?
                where id = ?""",
                phone(contact.identity()), userId(contact.identity()), contact.profileName(), contact.lastInboundAt(),
                now, contact.id().value());
    }

    @Override
    public boolean isBlocked(io.chatnation.domain.messaging.ContactId id) {
        return jdbc.one("select blocked from contacts where id = ?", rs -> rs.getBoolean(1), id.value()).orElse(false);
    }

    @Override
    public void recordConsent(Contact contact, Instant at, String source) {
        ConsentHistory.record(jdbc, contact.id().value(), contact.optedOut(), at, source);
    }

    private static String phone(WhatsAppIdentity identity) {
        return identity.phone().map(PhoneNumber::e164).orElse(null);
    }

    private static String userId(WhatsAppIdentity identity) {
        return identity.userId().map(WhatsAppUserId::value).orElse(null);
    }

    private static Contact contact(ResultSet rs) throws SQLException {
        WhatsAppIdentity identity = new WhatsAppIdentity(Optional.ofNullable(rs.getString("phone")).map(PhoneNumber::new),
                Optional.ofNullable(rs.getString("wa_user_id")).map(WhatsAppUserId::new));
        return new Contact(new ContactId(rs.getObject("id", UUID.class)), identity,
                Optional.ofNullable(rs.getString("profile_name")), rs.getBoolean("opted_out"),
                Jdbc.optionalInstant(rs, "last_inbound_at"));
    }
}
