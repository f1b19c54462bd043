package io.chatnation.domain.billing;

import io.chatnation.domain.shared.TokenAmount;
import java.time.LocalDate;

/**
 * Tokens one module spent on one action on one day (UTC): debits less refunds, and how many ledger entries
 * made them up.
 */
public record UsageLine(LocalDate day, ModuleName module, BillableAction action, TokenAmount tokens, long entries) {}
