package io.chatnation.ports.billing.in;

import io.chatnation.domain.billing.alert.AlertId;
import io.chatnation.domain.billing.alert.LowBalanceAlert;
import io.chatnation.domain.shared.Caller;

/** Marks a notification read for the whole organisation; marking it again changes nothing. */
public interface MarkNotificationRead {
    LowBalanceAlert markRead(Caller caller, AlertId id);
}
