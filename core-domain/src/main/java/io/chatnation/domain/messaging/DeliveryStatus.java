package io.chatnation.domain.messaging;

/**
 * How far an outbound message got, in the order a status may only advance: reports arrive late, twice, or out of
 * order (a read receipt before the delivery receipt), so a message keeps the furthest status ever reported.
 *
 * <p>{@link #FAILED} sits after {@link #SENT} but before {@link #DELIVERED}: a failure ends a message that was only
 * sent, while a delivery or read receipt proves the message arrived, so a stray failure report cannot undo it.
 */
public enum DeliveryStatus {
    SENT, FAILED, DELIVERED, READ;

    /** The status a message has after {@code reported} arrives while it is {@code this}: never an earlier one. */
    public DeliveryStatus advancedBy(DeliveryStatus reported) {
        return reported.isAfter(this) ? reported : this;
    }

    public boolean isAfter(DeliveryStatus other) {
        return compareTo(other) > 0;
    }

    /** The status name as providers and the API write it. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
