package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.identity.Member;
import io.chatnation.domain.identity.UserStatus;
import io.chatnation.domain.messaging.ChannelAlert;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.EmailAddress;
import io.chatnation.domain.shared.Page;
import io.chatnation.domain.shared.PageRequest;
import io.chatnation.domain.shared.Role;
import io.chatnation.ports.identity.in.ListMembers;
import io.chatnation.ports.messaging.in.DeliverChannelAlerts;
import io.chatnation.ports.messaging.out.ChannelAlerts;
import io.chatnation.ports.shared.out.Mailer;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Delivers channel alerts after the sends that raised them have committed, so no mail server is called inside a
 * transaction: each alert is claimed under a lease (another node leaves it alone), its mail sent to the active owners
 * and admins, and the alert marked delivered with the outcome. A node that dies mid-way lets the lease run out and
 * the alert be delivered again.
 */
public final class DeliverChannelAlertsService implements DeliverChannelAlerts {

    static final UUID ACTOR = UUID.nameUUIDFromBytes("chatnation:messaging:channel-alerts".getBytes(StandardCharsets.UTF_8));
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final int BATCH = 100;

    private final UnitOfWork uow;
    private final ChannelAlerts alerts;
    private final ListMembers members;
    private final Mailer mailer;
    private final Clock clock;

    public DeliverChannelAlertsService(UnitOfWork uow, ChannelAlerts alerts, ListMembers members, Mailer mailer,
                                       Clock clock) {
        this.uow = uow;
        this.alerts = alerts;
        this.members = members;
        this.mailer = mailer;
        this.clock = clock;
    }

    @Override
    public int deliver() {
        int delivered = 0;
        for (ChannelAlerts.Due due : uow.withoutOrganization(() -> alerts.undelivered(clock.instant(), BATCH))) {
            Instant now = clock.instant();
            Optional<ChannelAlert> claimed = uow.inOrganization(due.org(), () -> alerts.claim(due.alert(), now, now.plus(LEASE)));
            if (claimed.isEmpty()) {
                continue;
            }
            List<EmailAddress> to = ownersAndAdmins(Caller.system(due.org(), ACTOR));
            String state = to.isEmpty() ? "skipped" : outcome(mailer.send(new Mailer.Mail(to, claimed.get().title(),
                    claimed.get().message())));
            uow.runInOrganization(due.org(), () -> alerts.delivered(due.alert(), state, clock.instant()));
            delivered++;
        }
        return delivered;
    }

    private static String outcome(Mailer.Outcome outcome) {
        if (outcome instanceof Mailer.Sent) {
            return "sent";
        }
        return outcome instanceof Mailer.Skipped ? "skipped" : "failed";
    }

    private List<EmailAddress> ownersAndAdmins(Caller system) {
        List<EmailAddress> to = new ArrayList<>();
        PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
        while (true) {
            Page<Member> found = members.list(system, page);
            found.items().stream().filter(m -> m.status() == UserStatus.ACTIVE)
                    .filter(m -> m.roles().contains(Role.ORG_OWNER) || m.roles().contains(Role.ORG_ADMIN))
                    .map(Member::email).forEach(to::add);
            if (found.nextCursor().isEmpty()) {
                return to;
            }
            page = new PageRequest(found.nextCursor(), PageRequest.MAX_LIMIT);
        }
    }
}
