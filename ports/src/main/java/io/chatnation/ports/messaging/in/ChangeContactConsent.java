package io.chatnation.ports.messaging.in;

import io.chatnation.domain.messaging.ContactDetails;
import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.shared.Caller;

/** Records that a contact opted in (with where they did) or out; every change is kept in their consent history. */
public interface ChangeContactConsent {
    ContactDetails change(Caller caller, ContactId id, boolean optedOut, String source);
}
