package io.chatnation.ports.messaging.in;

import io.chatnation.domain.messaging.ChannelAccountId;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.domain.shared.PhoneNumber;
import io.chatnation.ports.messaging.out.SandboxDeliveries.ThreadMessage;

/** What a simulated phone shows: its thread with the sandbox number, in and out. */
public interface ShowSandboxThread {

    /** The latest page newest first; the page's cursor continues with older messages. */
    Thread show(Caller caller, ChannelAccountId account, String phone, PageRequest page);

    record Thread(PhoneNumber phone, Page<ThreadMessage> messages) {
    }
}
