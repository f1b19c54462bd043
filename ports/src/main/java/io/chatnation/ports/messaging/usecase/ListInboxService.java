package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.AssigneeFilter;
import io.chatnation.domain.messaging.InboxConversation;
import io.chatnation.domain.messaging.InboxFilter;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.domain.shared.UserId;
import io.chatnation.ports.messaging.in.ListInbox;
import java.util.Optional;

public final class ListInboxService implements ListInbox {

    private final InboxWork work;

    public ListInboxService(InboxWork work) {
        this.work = work;
    }

    @Override
    public Page<InboxConversation> list(Caller caller, InboxFilter filter, PageRequest page) {
        InboxFilter resolved = filter.withAssigned(filter.assigned().map(a -> mine(caller, a)));
        return work.as(caller, InboxWork.READ, () -> work.inbox().list(resolved, page));
    }

    private static AssigneeFilter mine(Caller caller, AssigneeFilter wanted) {
        if (!(wanted instanceof AssigneeFilter.Me)) {
            return wanted;
        }
        // An API key acts for the organisation, not for a member: nothing is ever assigned to it.
        UserId me = caller.userId().map(UserId::new).orElseThrow(() ->
                InvalidInput.of("assigned", "'me' needs a signed-in member; an API key has no conversations of its own"));
        return new AssigneeFilter.Member(me);
    }
}
