package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ChannelAccount;
import java.util.Map;

/** What the audit trail keeps of a channel account: where it points, never its secrets. */
final class ChannelAccountAudit {

    private ChannelAccountAudit() {}

    static Map<String, Object> of(ChannelAccount account) {
        return Map.of("provider", account.provider().code(), "phoneNumberId", account.phoneNumberId().value(),
                "wabaId", account.wabaId().value(), "displayNumber", account.displayNumber().e164());
    }
}
