package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.Permission;
import io.chatnation.ports.messaging.in.EraseContact;
import io.chatnation.ports.messaging.out.MessageMedia;
import io.chatnation.ports.shared.out.ObjectStorage;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Erases a contact and everything they sent, media files included. The files go only after the erasure committed
 * (a file deleted for a rolled-back erasure could not be brought back), and only those no other message still uses.
 */
public final class EraseContactService implements EraseContact {

    private final ContactWork work;
    private final MessageMedia media;
    private final ObjectStorage storage;

    public EraseContactService(ContactWork work, MessageMedia media, ObjectStorage storage) {
        this.work = work;
        this.media = media;
        this.storage = storage;
    }

    @Override
    public void erase(Caller caller, ContactId id) {
        List<String> files = work.as(caller, Permission.CONTACTS_MANAGE, () -> {
            work.existing(id);
            List<String> keys = media.storageKeysOfContact(id);
            work.directory().erase(id);
            work.audit().record(new io.chatnation.ports.shared.in.RecordAuditEntry.Command(caller, "contact.erased",
                    "contact", Optional.of(id.value()), Optional.empty(), Optional.empty(),
                    Map.of("reason", "data subject request", "mediaFiles", keys.size())));
            return keys;
        });
        List<String> unused = work.uow().inOrganization(caller.orgId(),
                () -> files.stream().filter(key -> !media.isReferenced(key)).toList());
        unused.forEach(key -> storage.delete(new ObjectStorage.Key(key)));
    }
}
