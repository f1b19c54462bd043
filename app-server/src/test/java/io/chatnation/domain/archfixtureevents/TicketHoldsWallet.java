package io.chatnation.domain.archfixtureevents;

import io.chatnation.domain.archfixturebilling.Wallet;
import java.util.UUID;

/** Holds another module's aggregate by object. */
public record TicketHoldsWallet(UUID id, Wallet payer) {
}
