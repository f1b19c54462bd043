package io.chatnation.ports.archfixtureevents.usecase;

import java.util.UUID;

/** A helper of the events use cases, constructed inside their package. */
record AttendeeSnapshot(UUID ticketId) {
}
