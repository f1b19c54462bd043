package io.chatnation.ports.messaging.out;

import io.chatnation.domain.messaging.ChannelAccountId;
import io.chatnation.domain.messaging.WebhookKey;
import io.chatnation.domain.shared.OrgId;
import java.util.Optional;

/** Finds whose account a webhook URL names, before any organisation is known (outside Row-Level Security). */
public interface ChannelAccountLocator {

    Optional<AccountKey> byWebhookKey(WebhookKey key);

    record AccountKey(OrgId org, ChannelAccountId account) {
    }
}
