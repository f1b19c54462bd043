package io.chatnation.app.server.wiring;

import io.chatnation.adapter.persistence.messaging.JdbcChannelAlerts;
import io.chatnation.adapter.persistence.messaging.JdbcMessagingSettings;
import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.ports.identity.in.ListMembers;
import io.chatnation.ports.messaging.in.AbandonExpiredConversations;
import io.chatnation.ports.messaging.in.DeliverChannelAlerts;
import io.chatnation.ports.messaging.in.ConfigureRouting;
import io.chatnation.ports.messaging.in.ResumeConversation;
import io.chatnation.ports.messaging.in.ShowChannelAlerts;
import io.chatnation.ports.messaging.out.ChannelAccounts;
import io.chatnation.ports.messaging.out.ChannelAlerts;
import io.chatnation.ports.messaging.out.ChannelConnector;
import io.chatnation.ports.messaging.out.ContactDirectory;
import io.chatnation.ports.messaging.out.Contacts;
import io.chatnation.ports.messaging.out.ConversationalProcess;
import io.chatnation.ports.messaging.out.Conversations;
import io.chatnation.ports.messaging.out.Messages;
import io.chatnation.ports.messaging.out.MessagingSettings;
import io.chatnation.ports.messaging.usecase.AbandonExpiredConversationsService;
import io.chatnation.ports.messaging.usecase.ConfigureRoutingService;
import io.chatnation.ports.messaging.usecase.DeliverChannelAlertsService;
import io.chatnation.ports.messaging.usecase.MenuProcess;
import io.chatnation.ports.messaging.usecase.OptInConfirmationProcess;
import io.chatnation.ports.messaging.usecase.ProcessRegistry;
import io.chatnation.ports.messaging.usecase.ReplyTexts;
import io.chatnation.ports.messaging.usecase.ResumeConversationService;
import io.chatnation.ports.messaging.usecase.ShowChannelAlertsService;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.shared.out.Mailer;
import io.chatnation.ports.shared.out.UnitOfWork;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Routing: the conversational processes every module registers (each a {@link ConversationalProcess} bean, collected
 * into one {@link ProcessRegistry} that refuses conflicting keywords at start-up), the built-in MENU and JOIN
 * processes, the organisation's routing settings, the timeout sweep, and the alerts raised when a provider refuses a
 * number's access token (mailed to the owners and admins through the platform's {@link Mailer}).
 */
@Factory
public class RoutingWiring {

    @Singleton
    MessagingSettings messagingSettings(Jdbc jdbc) {
        return new JdbcMessagingSettings(jdbc);
    }

    @Singleton
    ChannelAlerts channelAlerts(Jdbc jdbc, IdGenerator ids) {
        return new JdbcChannelAlerts(jdbc, ids);
    }

    @Singleton
    ShowChannelAlerts showChannelAlerts(UnitOfWork uow, CheckAccess access, ChannelAlerts alerts, Clock clock) {
        return new ShowChannelAlertsService(uow, access, alerts, clock);
    }

    @Singleton
    DeliverChannelAlerts deliverChannelAlerts(UnitOfWork uow, ChannelAlerts alerts, ListMembers members, Mailer mailer,
                                              Clock clock) {
        return new DeliverChannelAlertsService(uow, alerts, members, mailer, clock);
    }

    @Singleton
    MenuProcess menuProcess(MessagingSettings settings, ReplyTexts replies,
                            @Value("${chatnation.messaging.routing.menu-timeout:10m}") Duration timeout) {
        return new MenuProcess(settings, replies, timeout);
    }

    @Singleton
    OptInConfirmationProcess optInConfirmationProcess(Contacts contacts, RecordAuditEntry audit,
                                                      @Value("${chatnation.messaging.routing.opt-in-timeout:30m}") Duration timeout) {
        return new OptInConfirmationProcess(contacts, audit, timeout);
    }

    @Singleton
    ProcessRegistry processRegistry(List<ConversationalProcess> processes) {
        return new ProcessRegistry(processes);
    }

    @Singleton
    ConfigureRouting configureRouting(UnitOfWork uow, CheckAccess access, MessagingSettings settings,
                                      ProcessRegistry processes, RecordAuditEntry audit, ReplyTexts replies, Clock clock) {
        return new ConfigureRoutingService(uow, access, settings, processes, audit, replies, clock);
    }

    @Singleton
    AbandonExpiredConversations abandonExpiredConversations(UnitOfWork uow, Conversations conversations,
                                                            Messages messages, ChannelAccounts accounts,
                                                            ChannelConnector connector, ChannelAlerts alerts,
                                                            ProcessRegistry processes, RecordAuditEntry audit,
                                                            IdGenerator ids, Clock clock) {
        return new AbandonExpiredConversationsService(uow, conversations, messages, accounts, connector, alerts,
                processes, audit, ids, clock);
    }

    @Singleton
    ResumeConversation resumeConversation(UnitOfWork uow, Conversations conversations, ContactDirectory contacts,
                                          Messages messages, ChannelAccounts accounts, ChannelConnector connector,
                                          ChannelAlerts alerts, ProcessRegistry processes, IdGenerator ids, Clock clock) {
        return new ResumeConversationService(uow, conversations, contacts, messages, accounts, connector, alerts,
                processes, ids, clock);
    }
}
