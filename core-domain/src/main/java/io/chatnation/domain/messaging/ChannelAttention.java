package io.chatnation.domain.messaging;

import java.time.Instant;
import java.util.Objects;

/** Why a number needs its organisation to act (its access token was refused), and since when. */
public record ChannelAttention(ChannelAccountId account, String code, String reason, Instant since) {

    public ChannelAttention {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(since, "since");
    }
}
