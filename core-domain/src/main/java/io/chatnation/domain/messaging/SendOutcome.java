package io.chatnation.domain.messaging;

import java.util.Objects;

/**
 * What handing a request to a provider came to. {@link Accepted} means the provider took it, not that it arrived:
 * arrival is known only from the delivery reports that follow.
 */
public sealed interface SendOutcome {

    record Accepted(ProviderMessageId messageId) implements SendOutcome {
        public Accepted {
            Objects.requireNonNull(messageId, "messageId");
        }
    }

    record Failed(ChannelFailure failure) implements SendOutcome {
        public Failed {
            Objects.requireNonNull(failure, "failure");
        }
    }
}
