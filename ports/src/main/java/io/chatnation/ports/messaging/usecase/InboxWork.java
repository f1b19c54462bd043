package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ConversationId;
import io.chatnation.domain.messaging.InboxConversation;
import io.chatnation.domain.messaging.InboxState;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.NotFound;
import io.chatnation.domain.shared.Permission;
import io.chatnation.ports.messaging.out.Inbox;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.function.UnaryOperator;
import java.util.function.Supplier;

/**
 * What every inbox use case needs. Reading conversations takes {@code contacts:read} (they are the contacts' words);
 * acting on them takes {@code content:manage}, the permission that already lets an operator message a contact.
 */
public record InboxWork(UnitOfWork uow, CheckAccess access, Inbox inbox, RecordAuditEntry audit, Clock clock) {

    static final Permission READ = Permission.CONTACTS_READ;
    static final Permission ACT = Permission.CONTENT_MANAGE;

    <T> T as(Caller caller, Permission permission, Supplier<T> work) {
        return uow.inOrganization(caller.orgId(), () -> {
            access.of(caller).require(permission);
            return work.get();
        });
    }

    InboxConversation existing(ConversationId id) {
        return inbox.find(id).orElseThrow(() -> new NotFound("Conversation"));
    }

    /**
     * Applies one agent's move under a row lock and records it as {@code action}; a move that changes nothing (taking
     * over a conversation already taken over) writes nothing and answers the conversation as it is.
     */
    InboxConversation change(Caller caller, ConversationId id, String action, UnaryOperator<InboxState> move) {
        return as(caller, ACT, () -> {
            InboxConversation current = inbox.findForUpdate(id).orElseThrow(() -> new NotFound("Conversation"));
            InboxState next = move.apply(current.state());
            if (next.equals(current.state())) {
                return current;
            }
            Instant now = clock.instant();
            inbox.save(id, next, now);
            audit.record(RecordAuditEntry.Command.changed(caller, action, "conversation", id.value(),
                    current.state().asAuditValues(), next.asAuditValues()));
            return existing(id);
        });
    }
}
