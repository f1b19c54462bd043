package io.chatnation.ports.messaging.in;

import io.chatnation.domain.messaging.ContactDetails;
import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.shared.Caller;

/** Blocks a contact (nothing is sent to them, what they send is not answered) or lifts the block. */
public interface BlockContact {
    ContactDetails setBlocked(Caller caller, ContactId id, boolean blocked);
}
