package io.chatnation.domain.archfixtureevents;

import io.chatnation.domain.archfixturebilling.Wallet;
import java.util.List;
import java.util.UUID;

/** Holds another module's aggregates by object, hidden in a type argument. */
public record TicketHoldsWallets(UUID id, List<Wallet> payers) {
}
