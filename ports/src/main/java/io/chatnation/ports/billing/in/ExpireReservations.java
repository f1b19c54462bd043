package io.chatnation.ports.billing.in;

/**
 * Releases every open reservation, of any organisation, whose time is up. Run by the platform's scheduler;
 * safe to run on several nodes at once.
 */
public interface ExpireReservations {

    Expired expire();

    record Expired(int reservations, int organisations) {}
}
