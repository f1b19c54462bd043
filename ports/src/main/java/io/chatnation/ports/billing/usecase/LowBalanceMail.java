package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.billing.alert.LowBalanceAlert;
import io.chatnation.domain.shared.EmailAddress;
import io.chatnation.ports.shared.out.Mailer;
import java.util.List;

/** The e-mail that tells an organisation's owners about a dip, and what auto-refill did about it. */
final class LowBalanceMail {

    private LowBalanceMail() {}

    static Mailer.Mail compose(List<EmailAddress> owners, LowBalanceAlert alert, LowBalanceAlert.RefillOutcome refill) {
        StringBuilder text = new StringBuilder()
                .append(alert.title()).append(".\n\n")
                .append(alert.message()).append('\n')
                .append("Sending, AI and rendering stop once no tokens are left.\n\n");
        switch (refill.state()) {
            case STARTED -> text.append("Auto-refill started a purchase (").append(refill.purchase().orElseThrow())
                    .append("); the tokens are credited as soon as the payment is confirmed.\n");
            case FAILED -> text.append("Auto-refill could not start a purchase: ").append(refill.reason().orElseThrow())
                    .append("\nPlease buy tokens from the billing page.\n");
            default -> text.append("Buy tokens from the billing page of the dashboard.\n");
        }
        return new Mailer.Mail(owners, "[ChatNation] " + alert.title(), text.toString());
    }
}
