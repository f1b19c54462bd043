package io.chatnation.adapter.persistence.messaging;

import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.messaging.MediaFetchStatus;
import io.chatnation.domain.messaging.MediaId;
import io.chatnation.domain.messaging.MediaKind;
import io.chatnation.domain.messaging.MessageId;
import io.chatnation.domain.messaging.StoredMedia;
import io.chatnation.ports.messaging.out.MessageMedia;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

public final class JdbcMessageMedia implements MessageMedia {

    private static final String COLUMNS = "message_id, kind, status, provider_media_id, mime_type, storage_key, "
            + "size_bytes, sha256, caption, filename, detail, recorded_at";

    private final Jdbc jdbc;

    public JdbcMessageMedia(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean record(StoredMedia media) {
        return jdbc.update("""
                insert into message_media (message_id, kind, status, provider_media_id, mime_type, storage_key,
                                           size_bytes, sha256, caption, filename, detail, recorded_at)
                select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
                where exists (select 1 from messages where id = ?)
                on conflict (message_id) do nothing""",
                media.message().value(), media.kind().wireName(), media.status().wireName(),
                media.providerMediaId().value(), media.mimeType(), media.storageKey(), media.sizeBytes(),
                media.sha256(), media.caption(), media.filename(), media.detail(), media.recordedAt(),
                media.message().value()) == 1;
    }

    @Override
    public Optional<StoredMedia> of(MessageId message) {
        return jdbc.one("select " + COLUMNS + " from message_media where message_id = ?", JdbcMessageMedia::media,
                message.value());
    }

    @Override
    public List<StoredMedia> ofMessages(Collection<MessageId> messages) {
        if (messages.isEmpty()) {
            return List.of();
        }
        return jdbc.list("select " + COLUMNS + " from message_media where message_id = any (?::uuid[])",
                JdbcMessageMedia::media,
                jdbc.textArray(messages.stream().map(MessageId::toString).toList()));
    }

    private static StoredMedia media(ResultSet rs) throws SQLException {
        return new StoredMedia(new MessageId(rs.getObject("message_id", UUID.class)),
                MediaKind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
                MediaFetchStatus.fromWire(rs.getString("status")),
                new MediaId(rs.getString("provider_media_id")), rs.getString("mime_type"),
                Optional.ofNullable(rs.getString("storage_key")),
                Optional.ofNullable(rs.getObject("size_bytes", Long.class)),
                Optional.ofNullable(rs.getString("sha256")), Optional.ofNullable(rs.getString("caption")),
                Optional.ofNullable(rs.getString("filename")), Optional.ofNullable(rs.getString("detail")),
                Jdbc.instant(rs, "recorded_at"));
    }

    @Override
    public List<String> storageKeysOfContact(ContactId contact) {
        // The same messages JdbcContactDirectory.erase deletes: tied to the contact, or from their number or user id.
        return jdbc.list("""
                select distinct mm.storage_key from message_media mm join messages m on m.id = mm.message_id
                where mm.storage_key is not null
                  and (m.contact_id = ?
                       or m.peer_phone is not null and m.peer_phone = (select phone from contacts where id = ?)
                       or m.peer_wa_user_id is not null
                          and m.peer_wa_user_id = (select wa_user_id from contacts where id = ?))""",
                rs -> rs.getString(1), contact.value(), contact.value(), contact.value());
    }

    @Override
    public boolean isReferenced(String storageKey) {
        return jdbc.one("select exists (select 1 from message_media where storage_key = ?)", rs -> rs.getBoolean(1),
                storageKey).orElse(false);
    }
}
