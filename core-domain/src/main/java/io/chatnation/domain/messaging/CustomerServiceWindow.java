package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.RuleViolated;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * WhatsApp's customer-service window: a business may send free-form messages to a user only within 24 hours of the
 * user's last message; outside it only a template (approved by WhatsApp) may be sent. Checked before a provider is
 * called, because the provider refuses such a send anyway (error 131047) and counts the refusal against the number.
 */
public final class CustomerServiceWindow {

    /** The rule's stable name, as carried by {@link RuleViolated#rule()}. */
    public static final String RULE = "customerServiceWindow";
    public static final Duration LENGTH = Duration.ofHours(24);

    private final Optional<Instant> lastInboundAt;

    private CustomerServiceWindow(Optional<Instant> lastInboundAt) {
        this.lastInboundAt = Objects.requireNonNull(lastInboundAt, "lastInboundAt");
    }

    /** The window opened by the user's last message; empty when the user never wrote, so the window is closed. */
    public static CustomerServiceWindow openedAt(Optional<Instant> lastInboundAt) {
        return new CustomerServiceWindow(lastInboundAt);
    }

    public static CustomerServiceWindow of(Contact contact) {
        return openedAt(contact.lastInboundAt());
    }

    /** Open while less than {@link #LENGTH} has passed since the user's last message. */
    public boolean isOpenAt(Instant now) {
        return lastInboundAt.map(last -> now.isBefore(last.plus(LENGTH))).orElse(false);
    }

    public boolean allows(OutboundContent content, Instant now) {
        return !content.isFreeForm() || isOpenAt(now);
    }

    /** @throws RuleViolated naming {@link #RULE} when the content is free-form and the window is closed */
    public void check(OutboundContent content, Instant now) {
        if (!allows(content, now)) {
            String since = lastInboundAt.map(last -> "last wrote at " + last).orElse("never wrote");
            throw new RuleViolated(RULE, "Free-form messages can only be sent within " + LENGTH.toHours()
                    + " hours of the contact's last message (the contact " + since + "); send an approved template instead");
        }
    }
}
