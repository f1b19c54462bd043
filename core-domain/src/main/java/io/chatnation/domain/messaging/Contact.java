package io.chatnation.domain.messaging;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A person who writes to the organisation on WhatsApp. Known by phone and/or WhatsApp user id; whether they have
 * opted out of messages decides what the platform may send them.
 */
public record Contact(ContactId id, WhatsAppIdentity identity, Optional<String> profileName, boolean optedOut,
                      Optional<Instant> lastInboundAt) {

    public Contact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(profileName, "profileName");
        Objects.requireNonNull(lastInboundAt, "lastInboundAt");
    }

    public static Contact firstSeen(ContactId id, WhatsAppIdentity identity, SenderProfile profile, Instant at) {
        return new Contact(id, identity, profile.name(), false, Optional.of(at));
    }

    /**
     * The contact after another message from them: the latest profile name wins, an identifier learnt now (a phone
     * next to a user id) is kept, and the last inbound time never goes back for a message that arrives late.
     */
    public Contact wrote(WhatsAppIdentity from, SenderProfile profile, Instant at) {
        WhatsAppIdentity merged = new WhatsAppIdentity(from.phone().or(identity::phone), from.userId().or(identity::userId));
        Instant last = lastInboundAt.filter(known -> known.isAfter(at)).orElse(at);
        return new Contact(id, merged, profile.name().or(() -> profileName), optedOut, Optional.of(last));
    }

    public Contact optedOut(boolean out) {
        return new Contact(id, identity, profileName, out, lastInboundAt);
    }
}
