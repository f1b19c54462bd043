package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.PhoneNumber;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One WhatsApp number of an organisation, as the provider knows it: the Cloud API phone number id (which names the
 * number in every webhook and send), its business account, the number people see, and the key of its webhook URL.
 */
public record ChannelAccount(ChannelAccountId id, ChannelProvider provider, BusinessNumberId phoneNumberId,
                             BusinessAccountId wabaId, PhoneNumber displayNumber, WebhookKey webhookKey,
                             UUID createdBy, Instant createdAt) {

    public ChannelAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(phoneNumberId, "phoneNumberId");
        Objects.requireNonNull(wabaId, "wabaId");
        Objects.requireNonNull(displayNumber, "displayNumber");
        Objects.requireNonNull(webhookKey, "webhookKey");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Whether a message or report naming {@code number} belongs to this account (one app may serve several). */
    public boolean carries(BusinessNumberId number) {
        return phoneNumberId.equals(number);
    }
}
