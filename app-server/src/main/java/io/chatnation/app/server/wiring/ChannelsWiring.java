package io.chatnation.app.server.wiring;

import io.chatnation.adapter.persistence.messaging.JdbcSandboxDeliveries;
import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.adapter.whatsapp.ChannelsByProvider;
import io.chatnation.adapter.whatsapp.cloud.CloudApiChannels;
import io.chatnation.adapter.whatsapp.cloud.CloudApiWebhooks;
import io.chatnation.adapter.whatsapp.sandbox.SandboxChannels;
import io.chatnation.adapter.whatsapp.twilio.TwilioChannels;
import io.chatnation.adapter.whatsapp.twilio.TwilioWebhooks;
import io.chatnation.domain.messaging.ChannelProvider;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.ports.messaging.in.ReceiveChannelWebhook;
import io.chatnation.ports.messaging.in.ReportSandboxDelivery;
import io.chatnation.ports.messaging.in.ShowSandboxThread;
import io.chatnation.ports.messaging.in.WriteFromSandboxPhone;
import io.chatnation.ports.messaging.out.ChannelAccountLocator;
import io.chatnation.ports.messaging.out.ChannelAccounts;
import io.chatnation.ports.messaging.out.ChannelConnector;
import io.chatnation.ports.messaging.out.ContactSettings;
import io.chatnation.ports.messaging.out.Messages;
import io.chatnation.ports.messaging.out.PhoneNumbers;
import io.chatnation.ports.messaging.out.SandboxDeliveries;
import io.chatnation.ports.messaging.usecase.ConnectedAccounts;
import io.chatnation.ports.messaging.usecase.InboundIntake;
import io.chatnation.ports.messaging.usecase.ReceiveChannelWebhookService;
import io.chatnation.ports.messaging.usecase.ReportSandboxDeliveryService;
import io.chatnation.ports.messaging.usecase.ShowSandboxThreadService;
import io.chatnation.ports.messaging.usecase.WriteFromSandboxPhoneService;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.shared.out.JobQueue;
import io.chatnation.ports.shared.out.UnitOfWork;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * The WhatsApp channels of every provider — the Cloud API, Twilio and the sandbox phone: how each sends, how each
 * provider's webhooks are read, and the sandbox phone's use cases.
 */
@Factory
public class ChannelsWiring {

    /** Shared by the providers' channels: one connection pool; each request sets its own timeout. */
    @Singleton
    @Named("providers")
    HttpClient providerHttpClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Singleton
    CloudApiChannels cloudApiChannels(@Value("${chatnation.whatsapp.cloud.base-url}") URI baseUrl,
                                      @Value("${chatnation.whatsapp.cloud.api-version}") String apiVersion,
                                      @Value("${chatnation.whatsapp.cloud.request-timeout:10s}") Duration timeout,
                                      @Named("providers") HttpClient http) {
        return new CloudApiChannels(baseUrl, apiVersion, timeout, http);
    }

    @Singleton
    TwilioChannels twilioChannels(@Value("${chatnation.whatsapp.twilio.base-url}") URI baseUrl,
                                  @Value("${chatnation.whatsapp.twilio.request-timeout:10s}") Duration timeout,
                                  @Named("providers") HttpClient http) {
        return new TwilioChannels(baseUrl, timeout, http);
    }

    @Singleton
    ChannelConnector channelConnector(CloudApiChannels cloud, TwilioChannels twilio, ReportSandboxDelivery sandbox) {
        return new ChannelsByProvider(Map.of(ChannelProvider.WHATSAPP_CLOUD, cloud, ChannelProvider.TWILIO, twilio,
                ChannelProvider.SANDBOX, new SandboxChannels(sandbox)));
    }

    @Singleton
    ConnectedAccounts connectedAccounts(UnitOfWork uow, ChannelAccountLocator locator, ChannelAccounts accounts,
                                        Clock clock) {
        return new ConnectedAccounts(uow, locator, accounts, clock);
    }

    @Singleton
    @Bean(preDestroy = "close")
    InboundIntake inboundIntake(UnitOfWork uow, Messages messages, JobQueue jobs, IdGenerator ids, Clock clock,
                                @Value("${chatnation.messaging.intake.writers:4}") int writers) {
        return new InboundIntake(uow, messages, jobs, ids, clock, writers);
    }

    @Singleton
    ReceiveChannelWebhook receiveChannelWebhook(ConnectedAccounts accounts, InboundIntake intake, Clock clock) {
        return new ReceiveChannelWebhookService(accounts, Map.of(ChannelProvider.WHATSAPP_CLOUD, new CloudApiWebhooks(),
                ChannelProvider.TWILIO, new TwilioWebhooks(clock)), intake);
    }

    @Singleton
    SandboxDeliveries sandboxDeliveries(Jdbc jdbc) {
        return new JdbcSandboxDeliveries(jdbc);
    }

    @Singleton
    ReportSandboxDelivery reportSandboxDelivery(UnitOfWork uow, ChannelAccountLocator locator,
                                                SandboxDeliveries deliveries, JobQueue jobs, IdGenerator ids,
                                                Clock clock) {
        return new ReportSandboxDeliveryService(uow, locator, deliveries, jobs, ids, clock);
    }

    @Singleton
    WriteFromSandboxPhone writeFromSandboxPhone(UnitOfWork uow, CheckAccess access, ChannelAccounts accounts,
                                                PhoneNumbers phones, ContactSettings settings,
                                                SandboxDeliveries deliveries, Messages messages, JobQueue jobs,
                                                RecordAuditEntry audit, IdGenerator ids, Clock clock) {
        return new WriteFromSandboxPhoneService(uow, access, accounts, phones, settings, deliveries, messages, jobs,
                audit, ids, clock);
    }

    @Singleton
    ShowSandboxThread showSandboxThread(UnitOfWork uow, CheckAccess access, ChannelAccounts accounts,
                                        PhoneNumbers phones, ContactSettings settings, SandboxDeliveries deliveries) {
        return new ShowSandboxThreadService(uow, access, accounts, phones, settings, deliveries);
    }
}
