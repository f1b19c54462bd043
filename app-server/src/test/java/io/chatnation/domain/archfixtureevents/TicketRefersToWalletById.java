package io.chatnation.domain.archfixtureevents;

import io.chatnation.domain.archfixturebilling.PaymentMethod;
import java.util.UUID;

/** The permitted shape: another module's aggregate by id, another module's value by value. */
public record TicketRefersToWalletById(UUID id, UUID walletId, PaymentMethod paidWith) {
}
