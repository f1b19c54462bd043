package io.chatnation.adapter.web.messaging;

import io.chatnation.domain.messaging.ChannelAttention;
import io.micronaut.core.annotation.Nullable;
import java.util.Optional;

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
                              String webhookUrl, String createdAt, boolean needsAttention,
                              @Nullable AttentionResponse attention) {

    static ChannelAccountResponse of(ChannelAccount account, String webhookUrl) {
        return of(account, webhookUrl, Optional.empty());
    }

    static ChannelAccountResponse of(ChannelAccount account, String webhookUrl, Optional<ChannelAttention> attention) {
        return new ChannelAccountResponse(account.id().toString(), account.provider().code(),
                account.phoneNumberId().value(), account.wabaId().map(Object::toString).orElse(null), account.displayNumber().e164(), webhookUrl,
                account.createdAt().toString(), attention.isPresent(), attention.map(AttentionResponse::of).orElse(null));
    }

    /** Why the number needs the organisation to act: the provider's error code and words, and since when. */
    @Serdeable
    record AttentionResponse(String code, String reason, String since) {
        static AttentionResponse of(ChannelAttention a) {
            return new AttentionResponse(a.code(), a.reason(), a.since().toString());
        }
    }
}
