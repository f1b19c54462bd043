package io.chatnation.app.server.wiring;

import io.chatnation.adapter.persistence.messaging.JdbcInbox;
import io.chatnation.adapter.persistence.messaging.PostgresInboxFeed;
import io.chatnation.adapter.persistence.setup.Database;
import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.ports.messaging.in.AssignConversation;
import io.chatnation.ports.messaging.in.ListInbox;
import io.chatnation.ports.messaging.in.ReopenConversation;
import io.chatnation.ports.messaging.in.ReplyToConversation;
import io.chatnation.ports.messaging.in.ResolveConversation;
import io.chatnation.ports.messaging.in.SendMessage;
import io.chatnation.ports.messaging.in.SetHumanTakeover;
import io.chatnation.ports.messaging.in.ShowConversation;
import io.chatnation.ports.messaging.in.WatchInbox;
import io.chatnation.ports.messaging.out.Inbox;
import io.chatnation.ports.messaging.out.InboxFeed;
import io.chatnation.ports.messaging.usecase.AssignConversationService;
import io.chatnation.ports.messaging.usecase.InboxWork;
import io.chatnation.ports.messaging.usecase.ListInboxService;
import io.chatnation.ports.messaging.usecase.ReopenConversationService;
import io.chatnation.ports.messaging.usecase.ReplyToConversationService;
import io.chatnation.ports.messaging.usecase.ResolveConversationService;
import io.chatnation.ports.messaging.usecase.SetHumanTakeoverService;
import io.chatnation.ports.messaging.usecase.ShowConversationService;
import io.chatnation.ports.messaging.usecase.WatchInboxService;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.shared.out.UnitOfWork;
import io.chatnation.ports.messaging.out.MessageMedia;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The inbox: conversations as agents work them, and the live feed of inbox changes, heard from PostgreSQL
 * (LISTEN/NOTIFY) on one connection of the application pool, held for as long as anyone watches.
 */
@Factory
public class InboxWiring {

    @Singleton
    Inbox inbox(Jdbc jdbc) {
        return new JdbcInbox(jdbc);
    }

    @Singleton
    @Bean(preDestroy = "close")
    PostgresInboxFeed postgresInboxFeed(Database database) {
        return new PostgresInboxFeed(database.application());
    }

    @Singleton
    InboxFeed inboxFeed(PostgresInboxFeed feed) {
        return feed;
    }

    @Singleton
    InboxWork inboxWork(UnitOfWork uow, CheckAccess access, Inbox inbox, RecordAuditEntry audit, Clock clock) {
        return new InboxWork(uow, access, inbox, audit, clock);
    }

    @Singleton
    ListInbox listInbox(InboxWork work) {
        return new ListInboxService(work);
    }

    @Singleton
    ShowConversation showConversation(InboxWork work, MessageMedia media) {
        return new ShowConversationService(work, media);
    }

    @Singleton
    ReplyToConversation replyToConversation(InboxWork work, SendMessage send) {
        return new ReplyToConversationService(work, send);
    }

    @Singleton
    SetHumanTakeover setHumanTakeover(InboxWork work) {
        return new SetHumanTakeoverService(work);
    }

    @Singleton
    ResolveConversation resolveConversation(InboxWork work) {
        return new ResolveConversationService(work);
    }

    @Singleton
    ReopenConversation reopenConversation(InboxWork work) {
        return new ReopenConversationService(work);
    }

    @Singleton
    AssignConversation assignConversation(InboxWork work) {
        return new AssignConversationService(work);
    }

    @Singleton
    WatchInbox watchInbox(InboxWork work, InboxFeed feed) {
        return new WatchInboxService(work, feed);
    }
}
