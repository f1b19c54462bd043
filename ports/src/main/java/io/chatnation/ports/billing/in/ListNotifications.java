package io.chatnation.ports.billing.in;

import io.chatnation.domain.billing.alert.LowBalanceAlert;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;

/** The organisation's dashboard notifications (today: its low-balance alerts), unread first, then newest first. */
public interface ListNotifications {
    Page<LowBalanceAlert> list(Caller caller, PageRequest page);
}
