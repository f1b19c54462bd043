package io.chatnation.ports.messaging.out;

import io.chatnation.domain.messaging.ChannelAccountId;
import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.messaging.ConversationId;
import java.time.Instant;
import java.util.Optional;

/** One conversation per contact, holding where the contact is in a conversational process (IDLE when none). */
public interface Conversations {

    /** The contact's conversation, opened IDLE on the first message; its last message time moves to {@code at}. */
    ConversationId touch(ContactId contact, ChannelAccountId account, Instant at);

    /** The number the contact's conversation last went through; empty when they have none or it was removed. */
    Optional<ChannelAccountId> accountOf(ContactId contact);
}
