package io.chatnation.adapter.whatsapp.cloud;

/** A webhook body that is not a Cloud API notification we can read; the message says what is wrong with it. */
public final class MalformedWebhook extends RuntimeException {

    public MalformedWebhook(String message) {
        super(message, null, false, false);
    }
}
