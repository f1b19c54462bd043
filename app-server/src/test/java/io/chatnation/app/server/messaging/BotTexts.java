package io.chatnation.app.server.messaging;

/** What the bot answers with the platform's default texts, word for word as the contact reads it. */
final class BotTexts {

    static final String DEFAULT_REPLY =
            "Hello! Thanks for your message. We will get back to you shortly. Reply STOP to stop receiving messages.";
    static final String OPTED_OUT =
            "You have been unsubscribed and will receive no more messages from us. Reply START to subscribe again.";

    private BotTexts() {}
}
