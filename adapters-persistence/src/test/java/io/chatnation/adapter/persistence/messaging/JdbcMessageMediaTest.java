package io.chatnation.adapter.persistence.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.chatnation.adapter.persistence.TestDatabase;
import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.adapter.persistence.shared.JdbcUnitOfWork;
import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.messaging.MediaFetchStatus;
import io.chatnation.domain.messaging.MediaId;
import io.chatnation.domain.messaging.MediaKind;
import io.chatnation.domain.messaging.MessageId;
import io.chatnation.domain.messaging.StoredMedia;
import io.chatnation.domain.shared.OrgId;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Media outcomes as the application role stores and reads them, one per message, within one organisation. */
class JdbcMessageMediaTest {

    static final OrgId A = new OrgId(UUID.randomUUID());
    static final OrgId B = new OrgId(UUID.randomUUID());
    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);
    static JdbcUnitOfWork uow;
    static JdbcMessageMedia media;

    @BeforeAll
    static void twoOrganisations() {
        TestDatabase.organisations(A, B);
        uow = new JdbcUnitOfWork(TestDatabase.app());
        media = new JdbcMessageMedia(new Jdbc(uow));
    }

    @Test
    void an_outcome_is_recorded_once_and_read_back_whole() throws SQLException {
        MessageId message = message(A, "+254712000001", null);
        StoredMedia fetched = fetched(message, "a".repeat(64));

        assertThat(uow.inOrganization(A, () -> media.record(fetched))).isTrue();
        assertThat(uow.inOrganization(A, () -> media.record(refused(message)))).as("a rerun changes nothing").isFalse();

        assertThat(uow.inOrganization(A, () -> media.of(message))).hasValue(fetched);
        assertThat(uow.inOrganization(B, () -> media.of(message))).as("another organisation sees nothing").isEmpty();
        assertThat(uow.inOrganization(A, () -> media.isReferenced(fetched.storageKey().orElseThrow()))).isTrue();
        assertThat(uow.inOrganization(B, () -> media.isReferenced(fetched.storageKey().orElseThrow()))).isFalse();
    }

    @Test
    void the_media_of_a_message_that_is_gone_is_not_recorded() {
        MessageId gone = new MessageId(UUID.randomUUID());

        assertThat(uow.inOrganization(A, () -> media.record(refused(gone)))).isFalse();
        assertThat(uow.inOrganization(A, () -> media.of(gone))).isEmpty();
    }

    @Test
    void a_page_of_messages_gets_its_records_in_one_call() throws SQLException {
        MessageId withMedia = message(A, "+254712000002", null);
        MessageId refusedOne = message(A, "+254712000002", null);
        MessageId without = message(A, "+254712000002", null);
        uow.runInOrganization(A, () -> {
            media.record(fetched(withMedia, "b".repeat(64)));
            media.record(refused(refusedOne));
        });

        List<StoredMedia> found = uow.inOrganization(A, () -> media.ofMessages(List.of(withMedia, refusedOne, without)));

        assertThat(found).extracting(StoredMedia::message).containsExactlyInAnyOrder(withMedia, refusedOne);
        assertThat(uow.inOrganization(A, () -> media.ofMessages(List.of()))).isEmpty();
    }

    @Test
    void the_files_of_a_contact_are_those_of_their_messages_by_contact_or_by_number() throws SQLException {
        UUID contact = UUID.randomUUID();
        try (Connection c = TestDatabase.admin().getConnection(); var s = c.createStatement()) {
            s.execute("insert into contacts (id, org_id, phone, created_at, updated_at) values ('" + contact + "', '" + A
                    + "', '+254712000003', now(), now())");
        }
        MessageId tied = message(A, "+254712000009", contact);
        MessageId byNumber = message(A, "+254712000003", null);
        MessageId someoneElse = message(A, "+254712000004", null);
        uow.runInOrganization(A, () -> {
            media.record(fetched(tied, "c".repeat(64)));
            media.record(fetched(byNumber, "d".repeat(64)));
            media.record(fetched(someoneElse, "e".repeat(64)));
            media.record(refused(message(A, "+254712000003", null)));
        });

        assertThat(uow.inOrganization(A, () -> media.storageKeysOfContact(new ContactId(contact))))
                .containsExactlyInAnyOrder(key(A, "c"), key(A, "d"));
    }

    private static MessageId message(OrgId org, String phone, UUID contact) {
        UUID id = UUID.randomUUID();
        try (Connection c = TestDatabase.admin().getConnection(); var s = c.createStatement()) {
            s.execute("insert into messages (id, org_id, contact_id, direction, sender_type, type, peer_phone, status, "
                    + "created_at, updated_at) values ('" + id + "', '" + org + "', " + (contact == null ? "null" : "'" + contact + "'")
                    + ", 'inbound', 'contact', 'image', '" + phone + "', 'received', now(), now())");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new MessageId(id);
    }

    private static String key(OrgId org, String hexDigit) {
        return "orgs/" + org + "/media/" + hexDigit.repeat(64);
    }

    private static StoredMedia fetched(MessageId message, String sha256) {
        return new StoredMedia(message, MediaKind.IMAGE, MediaFetchStatus.FETCHED, new MediaId("1479537139650973"),
                "image/jpeg", Optional.of("orgs/" + A + "/media/" + sha256), Optional.of(1234L), Optional.of(sha256),
                Optional.of("Our stand"), Optional.empty(), Optional.empty(), NOW);
    }

    private static StoredMedia refused(MessageId message) {
        return new StoredMedia(message, MediaKind.DOCUMENT, MediaFetchStatus.REJECTED_TYPE, new MediaId("99"),
                "text/html", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("page.html"), Optional.of("The type text/html is not accepted for a document"), NOW);
    }
}
