package io.chatnation.ports.messaging.out;

import io.chatnation.domain.messaging.Contact;
import io.chatnation.domain.messaging.WhatsAppIdentity;
import java.time.Instant;
import java.util.Optional;

/** The current organisation's contacts. */
public interface Contacts {

    /** The contact sharing a phone number or WhatsApp user id with {@code identity}, locked for update. */
    Optional<Contact> findForUpdate(WhatsAppIdentity identity);

    /** Adds a new contact; false when a concurrent writer added one with the same phone or user id first. */
    boolean addIfAbsent(Contact contact, Instant now);

    void update(Contact contact, Instant now);

    /** Whether the organisation blocked the contact: nothing is sent to them. */
    boolean isBlocked(io.chatnation.domain.messaging.ContactId id);

    /** Records the consent change: opted out (or back in) at {@code at}, and from where. */
    void recordConsent(Contact contact, Instant at, String source);
}
