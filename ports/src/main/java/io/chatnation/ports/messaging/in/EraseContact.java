package io.chatnation.ports.messaging.in;

import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.shared.Caller;

/**
 * Erases a contact's personal data on their request (GDPR art. 17, Kenya DPA s. 40): the contact, their messages,
 * consent history and any message naming their number. The audit trail records that an erasure happened, by whom,
 * and of which contact id, never the data itself.
 */
public interface EraseContact {
    void erase(Caller caller, ContactId id);
}
