package io.chatnation.ports.messaging.out;

import io.chatnation.domain.messaging.ChannelAccountId;
import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.messaging.ConversationId;
import io.chatnation.domain.messaging.ConversationProgress;
import io.chatnation.domain.shared.OrgId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One conversation per contact, holding where the contact is in a conversational process (IDLE when none). */
public interface Conversations {

    /** The contact's conversation, opened IDLE on the first message; its last message time moves to {@code at}. */
    ConversationId touch(ContactId contact, ChannelAccountId account, Instant at);

    /** The number the contact's conversation last went through; empty when they have none or it was removed. */
    Optional<ChannelAccountId> accountOf(ContactId contact);

    /** The conversation with its state, locked until the transaction ends so two workers never move it at once. */
    Optional<ConversationSnapshot> findForUpdate(ConversationId id);

    /** The contact's conversation, locked like {@link #findForUpdate(ConversationId)}; empty before they ever wrote. */
    Optional<ConversationSnapshot> findForUpdate(ContactId contact);

    /** Stores the conversation's new state, process, step, data and expiry. */
    void moveTo(ConversationId id, ConversationProgress progress, Instant now);

    /**
     * Across organisations: conversations held by a process whose time ran out before {@code now}, oldest first.
     * Each is then abandoned under its own organisation's Row-Level Security.
     */
    List<Expired> expired(Instant now, int limit);

    /** {@code humanTakeover}: an agent answers this contact and the bot stays silent. */
    record ConversationSnapshot(ConversationId id, ContactId contact, Optional<ChannelAccountId> account,
                                ConversationProgress progress, boolean humanTakeover) {
        public ConversationSnapshot {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(contact, "contact");
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(progress, "progress");
        }
    }

    record Expired(OrgId org, ConversationId conversation) {}
}
