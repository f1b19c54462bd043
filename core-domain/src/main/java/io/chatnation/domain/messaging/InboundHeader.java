package io.chatnation.domain.messaging;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** What every inbound message carries, whatever its type. */
public record InboundHeader(ProviderMessageId id, BusinessNumberId receivedOn, WhatsAppIdentity from,
                            SenderProfile profile, Instant sentAt, Optional<MessageContext> context,
                            Optional<AdReferral> referral) {

    public InboundHeader {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(referral, "referral");
    }
}
