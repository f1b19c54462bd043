package io.chatnation.domain.messaging;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A contact as the organisation manages it: how to reach them, their profile, whether they may be messaged. */
public record ContactDetails(ContactId id, Optional<io.chatnation.domain.shared.PhoneNumber> phone,
                             Optional<WhatsAppUserId> waUserId, ContactProfile profile, boolean blocked,
                             boolean optedOut, Optional<Instant> optedInAt, Optional<String> optInSource,
                             Optional<Instant> optedOutAt, Optional<Instant> lastInboundAt, Instant createdAt,
                             Instant updatedAt) {

    public ContactDetails {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profile, "profile");
    }
}
