package io.chatnation.domain.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an outbound message stands and when it got to each step, built from the delivery reports received so far in
 * whatever order they came. Applying a report never moves the status backwards; it does fill in the time of a step
 * that is reported late (a delivery receipt after the read receipt), because that step did happen then.
 */
public record DeliveryProgress(DeliveryStatus status, Optional<Instant> sentAt, Optional<Instant> deliveredAt,
                               Optional<Instant> readAt, Optional<Instant> failedAt, List<ProviderError> errors) {

    public DeliveryProgress {
        Objects.requireNonNull(status, "status");
        errors = List.copyOf(errors);
    }

    /** The progress of a message of which {@code first} is the first report. */
    public static DeliveryProgress from(DeliveryReport first) {
        DeliveryProgress none = new DeliveryProgress(DeliveryStatus.SENT, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of());
        return none.after(first);
    }

    /** The progress once {@code report} is taken into account; the same progress for a repeated report. */
    public DeliveryProgress after(DeliveryReport report) {
        DeliveryStatus next = status.advancedBy(report.status());
        return switch (report.status()) {
            case SENT -> new DeliveryProgress(next, earliest(sentAt, report.at()), deliveredAt, readAt, failedAt, errors);
            case DELIVERED -> new DeliveryProgress(next, sentAt, earliest(deliveredAt, report.at()), readAt, failedAt, errors);
            case READ -> new DeliveryProgress(next, sentAt, deliveredAt, earliest(readAt, report.at()), failedAt, errors);
            // A failure counts only where it decides the status; after a delivery receipt it is contradicted and ignored.
            case FAILED -> next == DeliveryStatus.FAILED
                    ? new DeliveryProgress(next, sentAt, deliveredAt, readAt, earliest(failedAt, report.at()),
                            errors.isEmpty() ? report.errors() : errors)
                    : this;
        };
    }

    private static Optional<Instant> earliest(Optional<Instant> known, Instant reported) {
        return Optional.of(known.filter(k -> k.isBefore(reported)).orElse(reported));
    }
}
