package io.chatnation.domain.messaging;

import java.util.Optional;

/** How the provider will charge for a message, as its status report says: the model and the category billed. */
public record Pricing(Optional<String> model, Optional<String> category, Optional<String> type, boolean billable) {
}
