package io.chatnation.adapter.persistence.messaging;

import io.chatnation.adapter.persistence.shared.DatabaseFailure;
import io.chatnation.adapter.persistence.shared.JdbcUnitOfWork;
import io.chatnation.domain.messaging.ContactProfile;
import io.chatnation.domain.messaging.DuplicatePolicy;
import io.chatnation.ports.messaging.out.ContactDirectory.ImportCounts;
import io.chatnation.ports.messaging.out.ContactDirectory.ImportedContact;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes an import in two statements whatever its size: COPY into a temporary table, then one
 * {@code insert … select … on conflict} into contacts. Row-by-row inserts reach a few thousand rows a second;
 * this reaches tens of thousands, and the conflict clause decides update-or-skip in the database.
 */
final class ContactImportWriter {

    private static final int COPY_CHUNK = 10_000;

    private static final String MERGE_UPDATE = """
            insert into contacts as c (id, phone, profile_name, language, labels, custom_fields, created_at, updated_at)
            select gen_random_uuid(), phone, profile_name, language, labels, custom_fields, ?, ? from contact_import
            on conflict (org_id, phone) do update set
                profile_name = coalesce(excluded.profile_name, c.profile_name),
                language = coalesce(excluded.language, c.language),
                labels = case when excluded.labels <@ c.labels then c.labels
                              else array(select distinct l from unnest(c.labels || excluded.labels) l order by l) end,
                custom_fields = c.custom_fields || excluded.custom_fields,
                updated_at = excluded.updated_at
            returning (xmax = 0) as created""";

    private static final String MERGE_SKIP = """
            insert into contacts (id, phone, profile_name, language, labels, custom_fields, created_at, updated_at)
            select gen_random_uuid(), phone, profile_name, language, labels, custom_fields, ?, ? from contact_import
            on conflict (org_id, phone) do nothing
            returning true as created""";

    private final JdbcUnitOfWork uow;

    ContactImportWriter(JdbcUnitOfWork uow) {
        this.uow = uow;
    }

    ImportCounts write(List<ImportedContact> contacts, DuplicatePolicy policy, Instant now) {
        if (contacts.isEmpty()) {
            return new ImportCounts(0, 0, 0);
        }
        Connection connection = uow.connection();
        try {
            try (Statement s = connection.createStatement()) {
                s.execute("""
                        create temporary table if not exists contact_import (phone text, profile_name text, language text,
                            labels text[], custom_fields jsonb) on commit delete rows""");
                s.execute("truncate contact_import");
            }
            copy(connection.unwrap(PGConnection.class).getCopyAPI(), contacts);
            long created = 0;
            long returned = 0;
            try (PreparedStatement ps = connection.prepareStatement(policy == DuplicatePolicy.UPDATE ? MERGE_UPDATE : MERGE_SKIP)) {
                OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
                ps.setObject(1, at);
                ps.setObject(2, at);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        returned++;
                        if (rs.getBoolean(1)) {
                            created++;
                        }
                    }
                }
            }
            return new ImportCounts(created, returned - created, contacts.size() - returned);
        } catch (SQLException | IOException e) {
            throw new DatabaseFailure("Contact import failed", e);
        }
    }

    private static void copy(CopyManager copy, List<ImportedContact> contacts) throws SQLException, IOException {
        StringBuilder chunk = new StringBuilder(COPY_CHUNK * 64);
        int inChunk = 0;
        for (ImportedContact contact : contacts) {
            line(chunk, contact);
            if (++inChunk == COPY_CHUNK) {
                send(copy, chunk);
                chunk.setLength(0);
                inChunk = 0;
            }
        }
        if (inChunk > 0) {
            send(copy, chunk);
        }
    }

    private static void send(CopyManager copy, StringBuilder chunk) throws SQLException, IOException {
        copy.copyIn("copy contact_import (phone, profile_name, language, labels, custom_fields) from stdin (format csv)",
                new StringReader(chunk.toString()));
    }

    /** One CSV line; an absent value is an unquoted empty field, which COPY reads as null. */
    private static void line(StringBuilder out, ImportedContact contact) {
        ContactProfile p = contact.profile();
        out.append(contact.phone().e164()).append(',');
        p.name().ifPresent(n -> quoted(out, n));
        out.append(',');
        p.language().ifPresent(l -> quoted(out, l));
        out.append(',');
        quoted(out, arrayLiteral(p.labels()));
        out.append(',');
        quoted(out, JdbcContactDirectory.json(p.customFields()));
        out.append('\n');
    }

    private static void quoted(StringBuilder out, String value) {
        out.append('"').append(value.replace("\"", "\"\"")).append('"');
    }

    private static String arrayLiteral(Iterable<String> values) {
        StringBuilder a = new StringBuilder("{");
        for (String v : values) {
            if (a.length() > 1) {
                a.append(',');
            }
            a.append('"').append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return a.append('}').toString();
    }
}
