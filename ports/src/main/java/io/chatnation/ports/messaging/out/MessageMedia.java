package io.chatnation.ports.messaging.out;

import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.messaging.MessageId;
import io.chatnation.domain.messaging.StoredMedia;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** What became of the media of the current organisation's inbound messages: at most one record per message. */
public interface MessageMedia {

    /**
     * Records the outcome; false, changing nothing, when the message already has one (a job that ran twice) or is
     * gone (erased with its contact while its media was being fetched).
     */
    boolean record(StoredMedia media);

    Optional<StoredMedia> of(MessageId message);

    /** The records of those of {@code messages} that have one, for a thread view: one query for a page of messages. */
    List<StoredMedia> ofMessages(Collection<MessageId> messages);

    /** The storage keys of the media in the messages an erasure of the contact removes (the same messages it matches). */
    List<String> storageKeysOfContact(ContactId contact);

    /** Whether any message still refers to the stored object: one object may serve several messages with the same bytes. */
    boolean isReferenced(String storageKey);
}
