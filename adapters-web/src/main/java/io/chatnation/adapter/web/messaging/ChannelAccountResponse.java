package io.chatnation.adapter.web.messaging;

import io.chatnation.domain.messaging.ChannelAccount;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A channel account as the API shows it. The secrets (access token, app secret, verify token, Twilio auth token) are
 * write-only: they are never returned, so a leaked response or log cannot give them away. {@code wabaId} is null for
 * other providers than the Cloud API; {@code webhookUrl} is where the provider posts (null for the sandbox, which
 * takes no webhooks).
 */
@Serdeable
record ChannelAccountResponse(String id, String provider, String phoneNumberId, String wabaId, String displayNumber,
                              String webhookUrl, String createdAt) {

    static ChannelAccountResponse of(ChannelAccount account, String webhookUrl) {
        return new ChannelAccountResponse(account.id().toString(), account.provider().code(),
                account.phoneNumberId().value(), account.wabaId().map(Object::toString).orElse(null),
                account.displayNumber().e164(), webhookUrl,
                account.createdAt().toString());
    }
}
