package io.chatnation.domain.messaging;

/**
 * The provider's id of one of the organisation's WhatsApp numbers: the Cloud API {@code phone_number_id}, the Twilio
 * sender, the sandbox's simulated number. It tells which of an organisation's numbers received or sent a message.
 */
public record BusinessNumberId(String value) {

    public BusinessNumberId {
        value = Text.line("businessNumberId", value, 64);
    }

    @Override
    public String toString() {
        return value;
    }
}
