package io.chatnation.adapter.mail;

import io.chatnation.ports.shared.out.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mailer of a platform with no SMTP server configured: it sends nothing and says so, so that what mail would
 * have said is still stored and shown where it is kept (the dashboard's notifications), and nobody believes a mail
 * went out.
 */
public final class UnconfiguredMailer implements Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(UnconfiguredMailer.class);
    static final String REASON = "mail is not configured (set chatnation.mail.host and chatnation.mail.from)";

    @Override
    public Outcome send(Mail mail) {
        LOG.info("Not mailing '{}' to {} recipient(s): {}", mail.subject(), mail.to().size(), REASON);
        return new Skipped(REASON);
    }
}
