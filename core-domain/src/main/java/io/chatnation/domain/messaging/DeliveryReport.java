package io.chatnation.domain.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A provider's report on one outbound message: it was sent, delivered, read, or failed (with the errors why).
 * {@code callbackData} echoes the reference we attached when sending, so the report finds its campaign recipient even
 * before the provider message id has been stored.
 */
public record DeliveryReport(ProviderMessageId messageId, BusinessNumberId sentFrom, Optional<WhatsAppIdentity> recipient,
                             DeliveryStatus status, Instant at, List<ProviderError> errors,
                             Optional<String> callbackData, Optional<Pricing> pricing) {

    public DeliveryReport {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(sentFrom, "sentFrom");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
        errors = List.copyOf(errors);
    }
}
