package io.chatnation.app.server.wiring;

import io.chatnation.adapter.persistence.messaging.JdbcChannelAccountLocator;
import io.chatnation.adapter.persistence.messaging.JdbcChannelAccounts;
import io.chatnation.adapter.persistence.messaging.JdbcContacts;
import io.chatnation.adapter.persistence.messaging.JdbcConversations;
import io.chatnation.adapter.persistence.messaging.JdbcMessageTemplates;
import io.chatnation.adapter.persistence.messaging.JdbcMessages;
import io.chatnation.adapter.persistence.messaging.SecretCipher;
import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.domain.messaging.WebhookKey;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.ports.identity.out.SecretGenerator;
import io.chatnation.ports.messaging.in.BrowseTemplates;
import io.chatnation.ports.messaging.in.ConnectChannelAccount;
import io.chatnation.ports.messaging.in.ListChannelAccounts;
import io.chatnation.ports.messaging.in.ManageTemplates;
import io.chatnation.ports.messaging.in.ProcessInboundJobs;
import io.chatnation.ports.messaging.in.RemoveChannelAccount;
import io.chatnation.ports.messaging.in.SendMessage;
import io.chatnation.ports.messaging.in.ShowChannelAccount;
import io.chatnation.ports.messaging.out.ChannelAccountLocator;
import io.chatnation.ports.messaging.out.ChannelAccounts;
import io.chatnation.ports.messaging.out.ChannelAlerts;
import io.chatnation.ports.messaging.out.ChannelConnector;
import io.chatnation.ports.messaging.out.ContactDirectory;
import io.chatnation.ports.messaging.out.Contacts;
import io.chatnation.ports.messaging.out.Conversations;
import io.chatnation.ports.messaging.out.MessageTemplates;
import io.chatnation.ports.messaging.out.Messages;
import io.chatnation.ports.messaging.out.MessagingSettings;
import io.chatnation.ports.messaging.out.WebhookKeys;
import io.chatnation.ports.messaging.usecase.BrowseTemplatesService;
import io.chatnation.ports.messaging.usecase.ConnectChannelAccountService;
import io.chatnation.ports.messaging.usecase.ConnectedAccounts;
import io.chatnation.ports.messaging.usecase.InboundMediaFetcher;
import io.chatnation.ports.messaging.usecase.ListChannelAccountsService;
import io.chatnation.ports.messaging.usecase.ManageTemplatesService;
import io.chatnation.ports.messaging.usecase.ProcessInboundJobsService;
import io.chatnation.ports.messaging.usecase.ProcessRegistry;
import io.chatnation.ports.messaging.usecase.RemoveChannelAccountService;
import io.chatnation.ports.messaging.usecase.ReplyTexts;
import io.chatnation.ports.messaging.usecase.SendMessageService;
import io.chatnation.ports.messaging.usecase.ShowChannelAccountService;
import io.chatnation.ports.messaging.usecase.TemplateWork;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.shared.out.JobQueue;
import io.chatnation.ports.shared.out.UnitOfWork;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Messaging: channel accounts (secrets sealed with {@code chatnation.secrets.key}), contacts, conversations and
 * messages; each provider's channel and webhooks are wired by {@link ChannelsWiring}, the job queue the inbound
 * workers read by {@link JobsWiring}.
 */
@Factory
public class MessagingWiring {

    @Singleton
    SecretCipher secretCipher(@Value("${chatnation.secrets.key}") String key) {
        return new SecretCipher(key);
    }

    @Singleton
    ChannelAccounts channelAccounts(Jdbc jdbc, SecretCipher cipher) {
        return new JdbcChannelAccounts(jdbc, cipher);
    }

    @Singleton
    ChannelAccountLocator channelAccountLocator(Jdbc jdbc) {
        return new JdbcChannelAccountLocator(jdbc);
    }

    @Singleton
    Contacts contacts(Jdbc jdbc) {
        return new JdbcContacts(jdbc);
    }

    @Singleton
    Conversations conversations(Jdbc jdbc, IdGenerator ids) {
        return new JdbcConversations(jdbc, ids);
    }

    @Singleton
    Messages messages(Jdbc jdbc) {
        return new JdbcMessages(jdbc);
    }

    @Singleton
    WebhookKeys webhookKeys(SecretGenerator secrets) {
        return () -> new WebhookKey(secrets.token());
    }

    @Singleton
    ReplyTexts replyTexts(@Value("${chatnation.messaging.replies.default}") String defaultReply,
                          @Value("${chatnation.messaging.replies.opted-out}") String optedOut,
                          @Value("${chatnation.messaging.replies.opted-in}") String optedIn) {
        return new ReplyTexts(defaultReply, optedOut, optedIn);
    }

    @Singleton
    ConnectChannelAccount connectChannelAccount(UnitOfWork uow, CheckAccess access, ChannelAccounts accounts,
                                                WebhookKeys keys, RecordAuditEntry audit, IdGenerator ids, Clock clock) {
        return new ConnectChannelAccountService(uow, access, accounts, keys, audit, ids, clock);
    }

    @Singleton
    ListChannelAccounts listChannelAccounts(UnitOfWork uow, CheckAccess access, ChannelAccounts accounts) {
        return new ListChannelAccountsService(uow, access, accounts);
    }

    @Singleton
    ShowChannelAccount showChannelAccount(UnitOfWork uow, CheckAccess access, ChannelAccounts accounts) {
        return new ShowChannelAccountService(uow, access, accounts);
    }

    @Singleton
    RemoveChannelAccount removeChannelAccount(UnitOfWork uow, CheckAccess access, ChannelAccounts accounts,
                                              RecordAuditEntry audit, ConnectedAccounts connected) {
        return new RemoveChannelAccountService(uow, access, accounts, audit, connected);
    }

    @Singleton
    ProcessInboundJobs processInboundJobs(UnitOfWork uow, JobQueue jobs, ConnectedAccounts accounts, Contacts contacts,
                                          Conversations conversations, Messages messages, MessagingSettings settings,
                                          ProcessRegistry processes, ChannelConnector connector, ChannelAlerts alerts,
                                          RecordAuditEntry audit, ReplyTexts replies, InboundMediaFetcher media,
                                          IdGenerator ids, Clock clock) {
        return new ProcessInboundJobsService(uow, jobs, accounts, contacts, conversations, messages, settings,
                processes, connector, alerts, audit, replies, media, ids, clock);
    }

    @Singleton
    MessageTemplates messageTemplates(Jdbc jdbc) {
        return new JdbcMessageTemplates(jdbc);
    }

    @Singleton
    TemplateWork templateWork(UnitOfWork uow, CheckAccess access, MessageTemplates templates, RecordAuditEntry audit,
                              Clock clock) {
        return new TemplateWork(uow, access, templates, audit, clock);
    }

    @Singleton
    ManageTemplates manageTemplates(TemplateWork work, IdGenerator ids) {
        return new ManageTemplatesService(work, ids);
    }

    @Singleton
    BrowseTemplates browseTemplates(TemplateWork work, ContactDirectory contacts) {
        return new BrowseTemplatesService(work, contacts);
    }

    @Singleton
    SendMessage sendMessage(UnitOfWork uow, CheckAccess access, ContactDirectory contacts, MessageTemplates templates,
                            ChannelAccounts accounts, Conversations conversations, Messages messages,
                            ChannelConnector connector, ChannelAlerts alerts, RecordAuditEntry audit, IdGenerator ids,
                            Clock clock) {
        return new SendMessageService(uow, access, contacts, templates, accounts, conversations, messages, connector,
                alerts, audit, ids, clock);
    }
}
