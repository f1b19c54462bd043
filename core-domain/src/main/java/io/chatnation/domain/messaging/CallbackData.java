package io.chatnation.domain.messaging;

/**
 * An opaque reference attached to an outbound message and echoed back in every status report for it (the Cloud API's
 * {@code biz_opaque_callback_data}): the organisation, campaign and recipient it was sent for.
 */
public record CallbackData(String value) {

    public static final int MAX_LENGTH = 512;

    public CallbackData {
        value = Text.line("callbackData", value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
