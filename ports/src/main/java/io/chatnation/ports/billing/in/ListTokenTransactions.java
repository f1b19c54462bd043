package io.chatnation.ports.billing.in;

import io.chatnation.domain.billing.LedgerEntry;
import io.chatnation.domain.billing.TransactionFilter;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;

/** The organisation's ledger, newest first, a page at a time. */
public interface ListTokenTransactions {

    Page<LedgerEntry> list(Query query);

    record Query(Caller caller, TransactionFilter filter, PageRequest page) {}
}
