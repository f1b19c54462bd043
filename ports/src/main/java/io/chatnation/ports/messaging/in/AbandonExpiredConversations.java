package io.chatnation.ports.messaging.in;

/**
 * The periodic sweep of conversations whose process timed out: each goes back to IDLE, the contact is told when the
 * process says so, and the abandonment is audited (the process and step, nothing the contact said).
 */
public interface AbandonExpiredConversations {

    /** Abandons up to {@code max} expired conversations across organisations; how many it abandoned. */
    int abandonExpired(int max);
}
