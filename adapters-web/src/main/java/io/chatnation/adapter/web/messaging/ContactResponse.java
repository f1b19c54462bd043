package io.chatnation.adapter.web.messaging;

import io.chatnation.domain.messaging.ContactDetails;
import io.chatnation.domain.messaging.WhatsAppUserId;
import io.chatnation.domain.shared.PhoneNumber;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

@Serdeable
public record ContactResponse(String id, String phone, String waUserId, String name, String language,
                              List<String> labels, Map<String, String> customFields, String notes, boolean blocked,
                              boolean optedOut, Instant optedInAt, String optInSource, Instant optedOutAt,
                              Instant lastInboundAt, Instant createdAt, Instant updatedAt) {

    public static ContactResponse of(ContactDetails c) {
        return new ContactResponse(c.id().toString(), c.phone().map(PhoneNumber::e164).orElse(null),
                c.waUserId().map(WhatsAppUserId::value).orElse(null), c.profile().name().orElse(null),
                c.profile().language().orElse(null), List.copyOf(c.profile().labels()), c.profile().customFields(),
                c.profile().notes().orElse(null), c.blocked(), c.optedOut(), c.optedInAt().orElse(null),
                c.optInSource().orElse(null), c.optedOutAt().orElse(null), c.lastInboundAt().orElse(null),
                c.createdAt(), c.updatedAt());
    }
}
