package io.chatnation.ports.messaging.in;

import io.chatnation.domain.messaging.BusinessAccountId;
import io.chatnation.domain.messaging.BusinessNumberId;
import io.chatnation.domain.messaging.ChannelAccount;
import io.chatnation.domain.messaging.ChannelCredentials;
import io.chatnation.domain.messaging.ChannelProvider;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.PhoneNumber;
import java.util.Objects;
import java.util.Optional;

/** Connects one of the organisation's WhatsApp numbers; the account gets a webhook URL of its own. */
public interface ConnectChannelAccount {

    ChannelAccount connect(Command command);

    /** {@code wabaId} is the Cloud API's business account, empty for the other providers. */
    record Command(Caller caller, ChannelProvider provider, BusinessNumberId phoneNumberId,
                   Optional<BusinessAccountId> wabaId, PhoneNumber displayNumber, ChannelCredentials credentials) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(phoneNumberId, "phoneNumberId");
            Objects.requireNonNull(wabaId, "wabaId");
            Objects.requireNonNull(displayNumber, "displayNumber");
            Objects.requireNonNull(credentials, "credentials");
            if (credentials.provider() != provider) {
                throw new IllegalArgumentException("credentials of " + credentials.provider().code()
                        + " given for a " + provider.code() + " account");
            }
        }
    }
}
