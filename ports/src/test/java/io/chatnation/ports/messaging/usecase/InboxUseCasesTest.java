package io.chatnation.ports.messaging.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chatnation.domain.messaging.AssigneeFilter;
import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.messaging.ConversationId;
import io.chatnation.domain.messaging.ConversationStatus;
import io.chatnation.domain.messaging.InboxConversation;
import io.chatnation.domain.messaging.InboxFilter;
import io.chatnation.domain.messaging.InboxState;
import io.chatnation.domain.shared.Access;
import io.chatnation.domain.shared.AccessDenied;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.Conflict;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.NotFound;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.domain.shared.Permission;
import io.chatnation.domain.shared.RequestOrigin;
import io.chatnation.domain.shared.Role;
import io.chatnation.domain.shared.UserId;
import io.chatnation.ports.messaging.out.MessageMedia;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The inbox use cases' own rules: who may, what is audited, what a no-op or a refusal writes (nothing). */
class InboxUseCasesTest {

    static final OrgId ORG = new OrgId(UUID.randomUUID());
    static final Caller AGENT = Caller.user(ORG, UUID.randomUUID(), RequestOrigin.none());
    static final Caller VIEWER = Caller.user(ORG, UUID.randomUUID(), RequestOrigin.none());
    static final Caller API_KEY = Caller.apiKey(ORG, UUID.randomUUID(), Set.of(Permission.CONTACTS_READ), RequestOrigin.none());
    static final ConversationId ID = new ConversationId(UUID.randomUUID());

    final InMemoryInbox inbox = new InMemoryInbox();
    final List<RecordAuditEntry.Command> audit = new ArrayList<>();
    final Map<UUID, Access> access = new HashMap<>(Map.of(
            AGENT.actorId(), Access.ofRoles(Set.of(Role.CONTENT_MANAGER), List.of()),
            VIEWER.actorId(), Access.ofRoles(Set.of(Role.VIEWER), List.of())));
    final UnitOfWork uow = new ImmediateUnitOfWork();
    final InboxWork work = new InboxWork(uow, caller -> access.getOrDefault(caller.actorId(), Access.scopes(caller.apiScopes())),
            inbox, audit::add, Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC));

    InboxUseCasesTest() {
        inbox.add(new InboxConversation(ID, new ContactId(UUID.randomUUID()), Optional.of("Amina"), Optional.of("+254712345678"),
                Optional.of("hi"), Optional.of("text"), Optional.of(Instant.parse("2026-03-01T08:59:00Z")), 3,
                new InboxState(ConversationStatus.OPEN, false, Optional.empty()), Optional.empty()));
    }

    @Test
    void a_change_is_saved_and_audited_once_and_repeating_it_writes_nothing() {
        SetHumanTakeoverService takeover = new SetHumanTakeoverService(work);
        assertThat(takeover.set(AGENT, ID, true).state().humanTakeover()).isTrue();
        assertThat(takeover.set(AGENT, ID, true).state().humanTakeover()).isTrue();
        assertThat(inbox.saves).isEqualTo(1);
        assertThat(audit).hasSize(1);
        RecordAuditEntry.Command entry = audit.get(0);
        assertThat(entry.action()).isEqualTo("conversation.taken_over");
        assertThat(entry.entityType()).isEqualTo("conversation");
        assertThat(entry.entityId()).contains(ID.value());
        assertThat(entry.before().orElseThrow()).containsEntry("humanTakeover", false);
        assertThat(entry.after().orElseThrow()).containsEntry("humanTakeover", true);
    }

    @Test
    void a_refused_move_writes_nothing() {
        new ResolveConversationService(work).resolve(AGENT, ID);
        assertThatThrownBy(() -> new ResolveConversationService(work).resolve(AGENT, ID)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> new AssignConversationService(work).assign(AGENT, ID, Optional.of(new UserId(UUID.randomUUID()))))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new SetHumanTakeoverService(work).set(VIEWER, ID, true)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> new ReopenConversationService(work).reopen(AGENT, new ConversationId(UUID.randomUUID())))
                .isInstanceOf(NotFound.class);
        assertThat(inbox.saves).isEqualTo(1);
        assertThat(audit).extracting(RecordAuditEntry.Command::action).containsExactly("conversation.resolved");
    }

    @Test
    void assigning_takes_a_member_and_me_means_the_signed_in_member() {
        UserId agent = new UserId(AGENT.actorId());
        inbox.members.add(agent);
        assertThat(new AssignConversationService(work).assign(AGENT, ID, Optional.of(agent)).state().assignee()).contains(agent);
        assertThat(new ListInboxService(work).list(AGENT, InboxFilter.everything().withAssigned(
                Optional.of(new AssigneeFilter.Me())), PageRequest.first(10)).items()).hasSize(1);
        assertThat(inbox.lastFilter.assigned()).contains(new AssigneeFilter.Member(agent));
        assertThatThrownBy(() -> new ListInboxService(work).list(API_KEY, InboxFilter.everything().withAssigned(
                Optional.of(new AssigneeFilter.Me())), PageRequest.first(10))).isInstanceOf(InvalidInput.class);
        assertThat(new AssignConversationService(work).assign(AGENT, ID, Optional.empty()).state().assignee()).isEmpty();
        assertThat(audit).extracting(RecordAuditEntry.Command::action)
                .containsExactly("conversation.assigned", "conversation.unassigned");
    }

    @Test
    void opening_the_first_page_reads_the_thread_and_paging_back_does_not() {
        // The thread holds no media, so the media records are never asked for.
        MessageMedia noMedia = (MessageMedia) Proxy.newProxyInstance(MessageMedia.class.getClassLoader(),
                new Class<?>[] {MessageMedia.class}, (proxy, method, args) -> {
                    throw new UnsupportedOperationException(method.getName());
                });
        ShowConversationService show = new ShowConversationService(work, noMedia);
        assertThat(show.show(AGENT, ID, new PageRequest(Optional.of("older"), 20)).conversation().unreadCount()).isEqualTo(3);
        assertThat(inbox.markedRead).isEmpty();
        assertThat(show.show(AGENT, ID, PageRequest.first(20)).conversation().unreadCount()).isZero();
        assertThat(inbox.markedRead).containsExactly(ID);
        assertThatThrownBy(() -> show.show(VIEWER, ID, PageRequest.first(20))).isInstanceOf(AccessDenied.class);
        assertThat(audit).as("reading is not a change to audit").isEmpty();
    }
}
