package io.chatnation.domain.messaging;

import java.util.List;
import java.util.Optional;

/** A contact card a user shared: the name, numbers (with the WhatsApp id where the number is on WhatsApp), e-mails. */
public record SharedContact(Optional<String> formattedName, List<Phone> phones, List<String> emails,
                            Optional<String> company) {

    public SharedContact {
        phones = List.copyOf(phones);
        emails = List.copyOf(emails);
    }

    /** A number exactly as written on the card ({@code phone}); {@code waId} when WhatsApp knows it. */
    public record Phone(String phone, Optional<String> waId, Optional<String> type) {}
}
