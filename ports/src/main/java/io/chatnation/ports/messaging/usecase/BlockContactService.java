package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ContactDetails;
import io.chatnation.domain.messaging.ContactId;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.Permission;
import io.chatnation.ports.messaging.in.BlockContact;

public final class BlockContactService implements BlockContact {

    private final ContactWork work;

    public BlockContactService(ContactWork work) {
        this.work = work;
    }

    @Override
    public ContactDetails setBlocked(Caller caller, ContactId id, boolean blocked) {
        return work.as(caller, Permission.CONTACTS_MANAGE, () -> {
            ContactDetails before = work.existing(id);
            if (before.blocked() == blocked) {
                return before;
            }
            work.directory().setBlocked(id, blocked, work.clock().instant());
            ContactDetails after = work.existing(id);
            work.record(caller, blocked ? "contact.blocked" : "contact.unblocked", id, ContactWork.states(before),
                    ContactWork.states(after));
            return after;
        });
    }
}
