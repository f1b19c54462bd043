package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.MessageId;
import io.chatnation.domain.messaging.StoredMedia;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.NotFound;
import io.chatnation.domain.shared.Permission;
import io.chatnation.ports.messaging.in.ShowMessageMedia;
import io.chatnation.ports.messaging.out.MessageMedia;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.out.ObjectStorage;
import io.chatnation.ports.shared.out.UnitOfWork;

/** Media people sent is their personal data, read under the same permission as their contact record. */
public final class ShowMessageMediaService implements ShowMessageMedia {

    private final UnitOfWork uow;
    private final CheckAccess access;
    private final MessageMedia media;
    private final ObjectStorage storage;

    public ShowMessageMediaService(UnitOfWork uow, CheckAccess access, MessageMedia media, ObjectStorage storage) {
        this.uow = uow;
        this.access = access;
        this.media = media;
        this.storage = storage;
    }

    @Override
    public MediaContent open(Caller caller, MessageId message) {
        StoredMedia found = uow.inOrganization(caller.orgId(), () -> {
            access.of(caller).require(Permission.CONTACTS_READ);
            return media.of(message).filter(StoredMedia::isStored).orElseThrow(ShowMessageMediaService::notFound);
        });
        ObjectStorage.Key key = new ObjectStorage.Key(found.storageKey().orElseThrow());
        if (!key.org().equals(caller.orgId())) {
            // Row-Level Security already keeps other organisations' records out; this keeps their files out too.
            throw notFound();
        }
        ObjectStorage.StoredObject object = storage.open(key).orElseThrow(ShowMessageMediaService::notFound);
        return new MediaContent(found, object.size(), object.content());
    }

    private static NotFound notFound() {
        return new NotFound("Media");
    }
}
