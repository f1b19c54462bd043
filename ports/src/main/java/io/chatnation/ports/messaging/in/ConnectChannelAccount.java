package io.chatnation.ports.messaging.in;

import io.chatnation.domain.messaging.BusinessAccountId;
import io.chatnation.domain.messaging.BusinessNumberId;
import io.chatnation.domain.messaging.ChannelAccount;
import io.chatnation.domain.messaging.ChannelCredentials;
import io.chatnation.domain.messaging.ChannelProvider;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.PhoneNumber;
import java.util.Objects;

/** Connects one of the organisation's WhatsApp numbers; the account gets a webhook URL of its own. */
public interface ConnectChannelAccount {

    ChannelAccount connect(Command command);

    record Command(Caller caller, ChannelProvider provider, BusinessNumberId phoneNumberId, BusinessAccountId wabaId,
                   PhoneNumber displayNumber, ChannelCredentials credentials) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(phoneNumberId, "phoneNumberId");
            Objects.requireNonNull(wabaId, "wabaId");
            Objects.requireNonNull(displayNumber, "displayNumber");
            Objects.requireNonNull(credentials, "credentials");
        }
    }
}
