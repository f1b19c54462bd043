package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ChannelAccount;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the audit trail keeps of a channel account: where it points, never its secrets. */
final class ChannelAccountAudit {

    private ChannelAccountAudit() {}

    static Map<String, Object> of(ChannelAccount account) {
        Map<String, Object> audited = new LinkedHashMap<>();
        audited.put("provider", account.provider().code());
        audited.put("phoneNumberId", account.phoneNumberId().value());
        account.wabaId().ifPresent(waba -> audited.put("wabaId", waba.value()));
        audited.put("displayNumber", account.displayNumber().e164());
        return audited;
    }
}
