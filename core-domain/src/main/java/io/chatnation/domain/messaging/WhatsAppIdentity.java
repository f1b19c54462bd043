package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.PhoneNumber;
import java.util.Optional;

/**
 * Who a person is on WhatsApp: a phone number, a business-scoped user id, or both. Users who adopt a username may
 * reach us without a phone number, so neither alone can be assumed; at least one is always known.
 */
public record WhatsAppIdentity(Optional<PhoneNumber> phone, Optional<WhatsAppUserId> userId) {

    public WhatsAppIdentity {
        if (phone.isEmpty() && userId.isEmpty()) {
            throw InvalidInput.of("from", "needs a phone number or a WhatsApp user id");
        }
    }

    public static WhatsAppIdentity ofPhone(PhoneNumber phone) {
        return new WhatsAppIdentity(Optional.of(phone), Optional.empty());
    }

    public static WhatsAppIdentity ofUser(WhatsAppUserId userId) {
        return new WhatsAppIdentity(Optional.empty(), Optional.of(userId));
    }

    public static WhatsAppIdentity of(PhoneNumber phone, WhatsAppUserId userId) {
        return new WhatsAppIdentity(Optional.of(phone), Optional.of(userId));
    }

    /** Both name the same person when they share a phone number or a user id. */
    public boolean sharesAnIdentifierWith(WhatsAppIdentity other) {
        return phone.isPresent() && phone.equals(other.phone) || userId.isPresent() && userId.equals(other.userId);
    }

    @Override
    public String toString() {
        return phone.map(PhoneNumber::toString).orElseGet(() -> userId.orElseThrow().toString());
    }
}
