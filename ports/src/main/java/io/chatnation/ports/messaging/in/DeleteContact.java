package io.chatnation.ports.messaging.in;

import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.shared.Caller;

/** Removes a contact with their conversations and messages. */
public interface DeleteContact {
    void delete(Caller caller, ContactId id);
}
