package io.chatnation.ports.billing.in;

/**
 * Delivers the alerts raised since the last run, each once: mails the organisation's owners and, for a dip of the
 * main wallet with auto-refill on, starts one purchase of the configured bundle.
 */
public interface DeliverLowBalanceAlerts {

    Delivered deliver();

    /** @param refillsStarted purchases started; {@code refillsFailed} purchases that could not be started */
    record Delivered(int alerts, int mailsSent, int refillsStarted, int refillsFailed) {}
}
