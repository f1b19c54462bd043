package io.chatnation.adapter.persistence.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.chatnation.adapter.persistence.TestDatabase;
import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.adapter.persistence.shared.JdbcUnitOfWork;
import io.chatnation.domain.messaging.AssigneeFilter;
import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.messaging.ConversationId;
import io.chatnation.domain.messaging.ConversationStatus;
import io.chatnation.domain.messaging.InboxChange;
import io.chatnation.domain.messaging.InboxConversation;
import io.chatnation.domain.messaging.InboxFilter;
import io.chatnation.domain.messaging.InboxState;
import io.chatnation.domain.messaging.MessageId;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.domain.shared.UserId;
import io.chatnation.ports.messaging.out.InboxFeed;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The inbox's queries against the real database as the application role: every filter, keyset paging, Row-Level
 * Security, the inbound path reopening a resolved conversation, and the NOTIFY feed per organisation.
 */
class JdbcInboxTest {

    static final UUID A = UUID.randomUUID();
    static final UUID B = UUID.randomUUID();
    static final UUID AGENT_A = UUID.randomUUID();
    static final UUID AGENT_B = UUID.randomUUID();
    /** Conversations of A: Wanjiku (open, unread, vip, assigned), Otieno (resolved), Kamau (open, read, unassigned). */
    static final UUID WANJIKU = UUID.randomUUID();
    static final UUID OTIENO = UUID.randomUUID();
    static final UUID KAMAU = UUID.randomUUID();
    static final UUID OF_B = UUID.randomUUID();
    static final UUID KAMAU_CONTACT = UUID.randomUUID();
    static final UUID KAMAU_INBOUND = UUID.randomUUID();

    final JdbcUnitOfWork uow = new JdbcUnitOfWork(TestDatabase.app());
    final Jdbc jdbc = new Jdbc(uow);
    final JdbcInbox inbox = new JdbcInbox(jdbc);

    @BeforeAll
    static void seed() throws SQLException {
        try (Connection c = TestDatabase.admin().getConnection(); var s = c.createStatement()) {
            for (UUID org : List.of(A, B)) {
                s.execute("insert into organizations (id, name, created_at) values ('" + org + "', 'Inbox', now())");
            }
            s.execute(user(AGENT_A, A, "Agent Achieng"));
            s.execute(user(AGENT_B, B, "Agent of B"));
            conversation(s, A, WANJIKU, UUID.randomUUID(), "Wanjiku", "+254711000001", "{vip}", "open", 2, AGENT_A,
                    "2026-01-01T10:03:00Z", "Where is my ticket?");
            conversation(s, A, OTIENO, UUID.randomUUID(), "Otieno", "+254711000002", "{}", "resolved", 0, null,
                    "2026-01-01T10:02:00Z", "Thanks, all sorted");
            conversation(s, A, KAMAU, KAMAU_CONTACT, "Kamau", "+254711000003", "{}", "open", 0, null,
                    "2026-01-01T10:01:00Z", "Hello there");
            conversation(s, B, OF_B, UUID.randomUUID(), "Wanjiku of B", "+254711000004", "{vip}", "open", 5, AGENT_B,
                    "2026-01-01T10:04:00Z", "Where is my ticket?");
            s.execute("insert into messages (id, org_id, direction, sender_type, type, body, peer_phone, status, "
                    + "created_at, updated_at) values ('" + KAMAU_INBOUND + "', '" + A + "', 'inbound', 'contact', 'text', "
                    + "'back again', '+254711000003', 'received', now(), now())");
        }
    }

    static String user(UUID id, UUID org, String name) {
        return "insert into users (id, org_id, email, name, status, created_at, updated_at) values ('" + id + "', '" + org
                + "', '" + id + "@example.com', '" + name + "', 'INVITED', now(), now())";
    }

    static void conversation(java.sql.Statement s, UUID org, UUID id, UUID contact, String name, String phone,
                             String labels, String status, int unread, UUID assignee, String at, String text)
            throws SQLException {
        s.execute("insert into contacts (id, org_id, phone, profile_name, labels, created_at, updated_at) values ('"
                + contact + "', '" + org + "', '" + phone + "', '" + name + "', '" + labels + "', now(), now())");
        s.execute("insert into conversations (id, org_id, contact_id, last_message_at, status, resolved_at, "
                + "unread_count, assigned_user_id, created_at, updated_at) values ('" + id + "', '" + org + "', '"
                + contact + "', '" + at + "', '" + status + "', " + (status.equals("resolved") ? "now()" : "null") + ", "
                + unread + ", " + (assignee == null ? "null" : "'" + assignee + "'") + ", now(), now())");
        s.execute("insert into messages (id, org_id, conversation_id, contact_id, direction, sender_type, type, body, "
                + "peer_phone, status, created_at, updated_at) values ('" + UUID.randomUUID() + "', '" + org + "', '" + id
                + "', '" + contact + "', 'inbound', 'contact', 'text', '" + text + "', '" + phone + "', 'handled', '" + at
                + "', '" + at + "')");
    }

    <T> T inA(Supplier<T> work) {
        return uow.inOrganization(new OrgId(A), work);
    }

    List<UUID> ids(InboxFilter filter) {
        return inA(() -> inbox.list(filter, PageRequest.first(50))).items().stream().map(c -> c.id().value()).toList();
    }

    static InboxFilter filter(Optional<ConversationStatus> status, Optional<String> label,
                              Optional<AssigneeFilter> assigned, Optional<Boolean> unread, Optional<String> search) {
        return new InboxFilter(status, label, assigned, unread, search);
    }

    @Test
    void each_filter_narrows_the_list_latest_message_first() {
        Optional<ConversationStatus> none = Optional.empty();
        assertThat(ids(InboxFilter.everything())).containsExactly(WANJIKU, OTIENO, KAMAU);
        assertThat(ids(filter(Optional.of(ConversationStatus.OPEN), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()))).containsExactly(WANJIKU, KAMAU);
        assertThat(ids(filter(Optional.of(ConversationStatus.RESOLVED), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()))).containsExactly(OTIENO);
        assertThat(ids(filter(none, Optional.of("vip"), Optional.empty(), Optional.empty(), Optional.empty())))
                .containsExactly(WANJIKU);
        assertThat(ids(filter(none, Optional.empty(), Optional.of(new AssigneeFilter.Member(new UserId(AGENT_A))),
                Optional.empty(), Optional.empty()))).containsExactly(WANJIKU);
        assertThat(ids(filter(none, Optional.empty(), Optional.of(new AssigneeFilter.Unassigned()), Optional.empty(),
                Optional.empty()))).containsExactly(OTIENO, KAMAU);
        assertThat(ids(filter(none, Optional.empty(), Optional.empty(), Optional.of(true), Optional.empty())))
                .containsExactly(WANJIKU);
        assertThat(ids(filter(none, Optional.empty(), Optional.empty(), Optional.of(false), Optional.empty())))
                .containsExactly(OTIENO, KAMAU);
        assertThat(ids(filter(none, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("otie"))))
                .as("by name").containsExactly(OTIENO);
        assertThat(ids(filter(none, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("0711 000 003"))))
                .as("by number, as written locally").containsExactly(KAMAU);
        assertThat(ids(filter(none, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("my ticket"))))
                .as("by message text").containsExactly(WANJIKU);
        assertThat(ids(filter(none, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("%"))))
                .as("wildcards are literal").isEmpty();
    }

    @Test
    void a_row_carries_contact_preview_unread_state_and_assignee() {
        InboxConversation w = inA(() -> inbox.find(new ConversationId(WANJIKU))).orElseThrow();
        assertThat(w.contactName()).contains("Wanjiku");
        assertThat(w.phone()).contains("+254711000001");
        assertThat(w.lastMessage()).contains("Where is my ticket?");
        assertThat(w.lastMessageAt()).contains(Instant.parse("2026-01-01T10:03:00Z"));
        assertThat(w.unreadCount()).isEqualTo(2);
        assertThat(w.state()).isEqualTo(new InboxState(ConversationStatus.OPEN, false, Optional.of(new UserId(AGENT_A))));
        assertThat(w.assigneeName()).contains("Agent Achieng");
    }

    @Test
    void the_list_pages_by_keyset() {
        Page<InboxConversation> first = inA(() -> inbox.list(InboxFilter.everything(), PageRequest.first(2)));
        assertThat(first.items()).extracting(c -> c.id().value()).containsExactly(WANJIKU, OTIENO);
        Page<InboxConversation> second = inA(() -> inbox.list(InboxFilter.everything(),
                new PageRequest(first.nextCursor(), 2)));
        assertThat(second.items()).extracting(c -> c.id().value()).containsExactly(KAMAU);
        assertThat(second.nextCursor()).isEmpty();
    }

    @Test
    void another_organisations_conversations_and_members_are_out_of_reach() {
        assertThat(ids(filter(Optional.empty(), Optional.of("vip"), Optional.empty(), Optional.empty(),
                Optional.of("Where is")))).containsExactly(WANJIKU);
        assertThat(inA(() -> inbox.find(new ConversationId(OF_B)))).isEmpty();
        assertThat(inA(() -> inbox.findForUpdate(new ConversationId(OF_B)))).isEmpty();
        assertThat(inA(() -> inbox.thread(new ConversationId(OF_B), PageRequest.first(10))).items()).isEmpty();
        assertThat(inA(() -> inbox.isMember(new UserId(AGENT_B)))).isFalse();
        assertThat(inA(() -> inbox.isMember(new UserId(AGENT_A)))).isTrue();
        inA(() -> {
            inbox.save(new ConversationId(OF_B), new InboxState(ConversationStatus.RESOLVED, true, Optional.empty()),
                    Instant.now());
            inbox.markRead(new ConversationId(OF_B), Instant.now());
            return null;
        });
        InboxConversation untouched = uow.inOrganization(new OrgId(B), () -> inbox.find(new ConversationId(OF_B))).orElseThrow();
        assertThat(untouched.state().status()).isEqualTo(ConversationStatus.OPEN);
        assertThat(untouched.unreadCount()).isEqualTo(5);
        assertThat(untouched.state().assignee()).contains(new UserId(AGENT_B));
    }

    @Test
    void an_inbound_message_reopens_a_resolved_conversation_and_counts_as_unread_once() {
        ConversationId kamau = new ConversationId(KAMAU);
        inA(() -> {
            inbox.save(kamau, new InboxState(ConversationStatus.RESOLVED, false, Optional.empty()), Instant.now());
            return null;
        });
        JdbcMessages messages = new JdbcMessages(jdbc);
        for (int run = 0; run < 2; run++) {
            inA(() -> {
                messages.markHandled(new MessageId(KAMAU_INBOUND), new ContactId(KAMAU_CONTACT), kamau, Instant.now());
                return null;
            });
        }
        InboxConversation reopened = inA(() -> inbox.find(kamau)).orElseThrow();
        assertThat(reopened.state().status()).isEqualTo(ConversationStatus.OPEN);
        assertThat(reopened.unreadCount()).as("a rerun job does not count the message twice").isEqualTo(1);
        assertThat(reopened.lastMessage()).contains("back again");
        inA(() -> {
            inbox.markRead(kamau, Instant.now());
            return null;
        });
        assertThat(inA(() -> inbox.find(kamau)).orElseThrow().unreadCount()).isZero();
    }

    @Test
    void the_feed_hears_committed_changes_of_the_subscribed_organisation_only() throws InterruptedException {
        try (PostgresInboxFeed feed = new PostgresInboxFeed(TestDatabase.app())) {
            BlockingQueue<InboxChange> heard = new LinkedBlockingQueue<>();
            InboxFeed.Subscription subscription = feed.subscribe(new OrgId(A), heard::add);
            assertThat(feed.listening()).isTrue();

            uow.inOrganization(new OrgId(B), () -> {
                // Written as it is: an update, announced, that leaves B's conversation as the other tests expect it.
                inbox.save(new ConversationId(OF_B), new InboxState(ConversationStatus.OPEN, false,
                        Optional.of(new UserId(AGENT_B))), Instant.now());
                return null;
            });
            inA(() -> {
                inbox.save(new ConversationId(OTIENO), new InboxState(ConversationStatus.RESOLVED, true, Optional.empty()),
                        Instant.now());
                return null;
            });

            InboxChange change = heard.poll(5, TimeUnit.SECONDS);
            assertThat(change).isNotNull();
            assertThat(change.org()).isEqualTo(new OrgId(A));
            assertThat(change.kind()).isEqualTo(InboxChange.Kind.CONVERSATION);
            assertThat(change.conversation()).isEqualTo(new ConversationId(OTIENO));
            assertThat(heard.poll(300, TimeUnit.MILLISECONDS)).as("nothing of B's").isNull();

            subscription.close();
            assertThat(feed.subscriberCount(new OrgId(A))).isZero();
            inA(() -> {
                inbox.save(new ConversationId(OTIENO), new InboxState(ConversationStatus.RESOLVED, false,
                        Optional.empty()), Instant.now());
                return null;
            });
            assertThat(heard.poll(500, TimeUnit.MILLISECONDS)).as("nothing after unsubscribing").isNull();
        }
    }
}
