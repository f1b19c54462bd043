package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.PhoneNumber;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One WhatsApp number of an organisation, as the provider knows it: the id that names the number in every webhook and
 * send (the Cloud API phone number id; the Twilio sender and the sandbox number in E.164), its WhatsApp Business
 * Account (Cloud API only), the number people see, and the key of its webhook URL.
 */
public record ChannelAccount(ChannelAccountId id, ChannelProvider provider, BusinessNumberId phoneNumberId,
                             Optional<BusinessAccountId> wabaId, PhoneNumber displayNumber, WebhookKey webhookKey,
                             UUID createdBy, Instant createdAt) {

    /** A Cloud API account, which always belongs to a WhatsApp Business Account. */
    public ChannelAccount(ChannelAccountId id, ChannelProvider provider, BusinessNumberId phoneNumberId,
                          BusinessAccountId wabaId, PhoneNumber displayNumber, WebhookKey webhookKey, UUID createdBy,
                          Instant createdAt) {
        this(id, provider, phoneNumberId, Optional.of(wabaId), displayNumber, webhookKey, createdBy, createdAt);
    }

    public ChannelAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(phoneNumberId, "phoneNumberId");
        Objects.requireNonNull(wabaId, "wabaId");
        if (provider == ChannelProvider.WHATSAPP_CLOUD && wabaId.isEmpty()) {
            throw InvalidInput.of("wabaId", "is required for a Cloud API number");
        }
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
