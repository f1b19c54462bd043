package io.chatnation.adapter.persistence.messaging;

import io.chatnation.adapter.persistence.shared.Jdbc;
import java.time.Instant;
import java.util.UUID;

/** Sets a contact's consent state and appends the change to its history, for keywords and the API alike. */
final class ConsentHistory {

    private ConsentHistory() {}

    static void record(Jdbc jdbc, UUID contact, boolean optedOut, Instant at, String source) {
        jdbc.update("""
                update contacts set opted_out = ?,
                       opted_out_at = case when ? then ? else opted_out_at end,
                       opted_in_at = case when ? then opted_in_at else ? end,
                       opt_in_source = case when ? then opt_in_source else ? end,
                       updated_at = ?
                where id = ?""",
                optedOut, optedOut, at, optedOut, at, optedOut, source, at, contact);
        jdbc.update("insert into contact_consent_events (contact_id, opted_out, source, occurred_at) values (?, ?, ?, ?)",
                contact, optedOut, source, at);
    }
}
