package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.PhoneRegion;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.Permission;
import io.chatnation.ports.messaging.in.ConfigureContacts;
import io.chatnation.ports.messaging.out.ContactSettings;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import java.util.Map;
import java.util.Optional;

public final class ConfigureContactsService implements ConfigureContacts {

    private final ContactWork work;
    private final ContactSettings settings;

    public ConfigureContactsService(ContactWork work, ContactSettings settings) {
        this.work = work;
        this.settings = settings;
    }

    @Override
    public Optional<PhoneRegion> defaultRegion(Caller caller) {
        return work.as(caller, Permission.CONTACTS_READ, settings::defaultRegion);
    }

    @Override
    public PhoneRegion setDefaultRegion(Caller caller, PhoneRegion region) {
        return work.as(caller, Permission.CONTACTS_MANAGE, () -> {
            Optional<PhoneRegion> before = settings.defaultRegion();
            settings.setDefaultRegion(region, work.clock().instant());
            work.audit().record(new RecordAuditEntry.Command(caller, "contacts.region_set", "organization",
                    Optional.of(caller.orgId().value()),
                    before.map(r -> Map.<String, Object>of("defaultRegion", r.code())),
                    Optional.of(Map.of("defaultRegion", region.code())), Map.of()));
            return region;
        });
    }
}
