package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ChannelAccount;
import io.chatnation.domain.messaging.ChannelAccountId;
import io.chatnation.domain.messaging.ChannelProvider;
import io.chatnation.domain.shared.NotFound;
import io.chatnation.domain.shared.PhoneNumber;
import io.chatnation.ports.messaging.out.ChannelAccounts;
import io.chatnation.ports.messaging.out.ContactSettings;
import io.chatnation.ports.messaging.out.PhoneNumbers;

/** What the sandbox use cases share: finding the organisation's sandbox number and reading a phone's number. */
final class SandboxNumbers {

    private final ChannelAccounts accounts;
    private final PhoneNumbers phones;
    private final ContactSettings settings;

    SandboxNumbers(ChannelAccounts accounts, PhoneNumbers phones, ContactSettings settings) {
        this.accounts = accounts;
        this.phones = phones;
        this.settings = settings;
    }

    /** A real provider's number is no sandbox: the same 404 as an unknown one, so no flow is sent to a real phone. */
    ChannelAccount sandbox(ChannelAccountId id) {
        return accounts.find(id).filter(account -> account.provider() == ChannelProvider.SANDBOX)
                .orElseThrow(() -> new NotFound("Sandbox number"));
    }

    PhoneNumber phone(String field, String raw) {
        return phones.normalise(field, raw, settings.defaultRegion());
    }
}
