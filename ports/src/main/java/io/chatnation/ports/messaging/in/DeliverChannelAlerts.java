package io.chatnation.ports.messaging.in;

/** Mails each new channel alert to the organisation's owners and admins, once, after the send that raised it. */
public interface DeliverChannelAlerts {

    /** How many alerts were delivered (mailed, or marked skipped when no mail server is configured). */
    int deliver();
}
