package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ChannelAccount;
import io.chatnation.domain.messaging.ChannelAccountId;
import io.chatnation.domain.messaging.ChannelCredentials;
import io.chatnation.domain.messaging.OutboundContent;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.ports.messaging.out.ChannelAccounts;
import io.chatnation.ports.messaging.out.ChannelAlerts;
import io.chatnation.ports.messaging.out.ChannelConnector;
import io.chatnation.ports.messaging.out.Conversations.ConversationSnapshot;
import io.chatnation.ports.messaging.out.Messages;
import io.chatnation.ports.messaging.out.Messages.StoredInbound;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the bot says without a new message to answer (a timeout notice, a resumed process): queued as replies to the
 * contact's latest message, inside the caller's transaction, and sent once it committed. That message opened the
 * service window, so a reply that comes too late is refused before any provider call, like every other reply.
 */
final class UnpromptedReplies {

    private final UnitOfWork uow;
    private final ChannelAccounts accounts;
    private final Messages messages;
    private final BotReplies bot;
    private final ReplySender sender;

    UnpromptedReplies(UnitOfWork uow, ChannelAccounts accounts, Messages messages, ChannelConnector connector,
                      ChannelAlerts alerts, IdGenerator ids, Clock clock) {
        this.uow = uow;
        this.accounts = accounts;
        this.messages = messages;
        this.bot = new BotReplies(messages, ids);
        this.sender = new ReplySender(uow, messages, connector, alerts, clock);
    }

    /** Queues {@code replies}; the answer to hand to {@link #send} after commit, empty when there is no way to send. */
    Optional<Pending> queue(ConversationSnapshot conversation, List<OutboundContent> replies, Instant now) {
        if (replies.isEmpty() || conversation.account().isEmpty()) {
            return Optional.empty();
        }
        Optional<StoredInbound> latest = messages.latestInbound(conversation.id());
        latest.ifPresent(last -> bot.queue(replies, conversation.account().get(), conversation.id(),
                conversation.contact(), last.from(), last.id(), now));
        return latest.map(last -> new Pending(conversation.account().get(), last));
    }

    void send(OrgId org, Pending pending) {
        Optional<ChannelAccount> account = uow.inOrganization(org, () -> accounts.find(pending.account()));
        if (account.isEmpty()) {
            return;
        }
        ChannelCredentials credentials = uow.inOrganization(org, () -> accounts.credentials(pending.account()).orElseThrow());
        sender.sendQueued(org, account.get(), credentials, pending.answering());
    }

    record Pending(ChannelAccountId account, StoredInbound answering) {}

}
