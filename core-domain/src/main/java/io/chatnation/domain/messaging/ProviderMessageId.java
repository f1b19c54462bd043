package io.chatnation.domain.messaging;

/**
 * The id a provider gives a message ({@code wamid.…} on the Cloud API, {@code SM…} on Twilio). Inbound messages are
 * unique on it, so a redelivered webhook is recognised; status reports name the outbound message by it.
 */
public record ProviderMessageId(String value) {

    public static final int MAX_LENGTH = 256;

    public ProviderMessageId {
        value = Text.line("messageId", value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
