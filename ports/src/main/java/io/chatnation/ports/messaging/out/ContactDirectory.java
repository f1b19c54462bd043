package io.chatnation.ports.messaging.out;

import io.chatnation.domain.messaging.ConsentChange;
import io.chatnation.domain.messaging.ContactDetails;
import io.chatnation.domain.messaging.ContactFilter;
import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.messaging.ContactProfile;
import io.chatnation.domain.messaging.DuplicatePolicy;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.domain.shared.PhoneNumber;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The current organisation's contacts as people manage them (the inbound pipeline has its own narrower port). */
public interface ContactDirectory {

    /** A contact to write by import: its phone is unique within the batch. */
    record ImportedContact(PhoneNumber phone, ContactProfile profile) {}

    record ImportCounts(long created, long updated, long skipped) {}

    /** A message of a contact, for their data export. */
    record MessageRecord(String direction, String type, Optional<String> body, String status, Instant at) {}

    Page<ContactDetails> list(ContactFilter filter, PageRequest page);

    Optional<ContactDetails> find(ContactId id);

    Optional<ContactDetails> findByPhone(PhoneNumber phone);

    void add(ContactId id, PhoneNumber phone, ContactProfile profile, Instant now);

    void updateProfile(ContactId id, ContactProfile profile, Instant now);

    void setBlocked(ContactId id, boolean blocked, Instant now);

    /** Sets the consent state and appends the change to the contact's consent history. */
    void recordConsent(ContactId id, ConsentChange change);

    List<ConsentChange> consentHistory(ContactId id);

    List<MessageRecord> messages(ContactId id);

    /** Removes the contact with its conversations, messages and consent history. */
    void delete(ContactId id);

    /** Removes the contact as {@link #delete} does, and every message that names their number without them. */
    void erase(ContactId id);

    /** Writes the batch in one statement stream; rows whose phone already exists are updated or skipped. */
    ImportCounts importBatch(List<ImportedContact> contacts, DuplicatePolicy policy, Instant now);

    /** Every contact, oldest first, without loading them all at once. */
    long forEach(Consumer<ContactDetails> sink);
}
