package io.chatnation.app.server.wiring;

import io.chatnation.adapter.media.storage.LocalObjectStorage;
import io.chatnation.adapter.persistence.messaging.JdbcMessageMedia;
import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.adapter.whatsapp.cloud.CloudApiMediaDownloaders;
import io.chatnation.adapter.whatsapp.twilio.TwilioChannels;
import io.chatnation.domain.messaging.MediaRules;
import io.chatnation.ports.messaging.in.ShowMessageMedia;
import io.chatnation.ports.messaging.out.ChannelAccounts;
import io.chatnation.ports.messaging.out.MediaDownloaders;
import io.chatnation.ports.messaging.out.MessageMedia;
import io.chatnation.ports.messaging.usecase.InboundMediaFetcher;
import io.chatnation.ports.messaging.usecase.ShowMessageMediaService;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.shared.out.JobQueue;
import io.chatnation.ports.shared.out.ObjectStorage;
import io.chatnation.ports.shared.out.UnitOfWork;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Inbound media: object storage (a folder, {@code chatnation.storage.local.root}, by default {@code objects} under the
 * data folder), WhatsApp's size and type rules, the Cloud API downloads, and the use cases that fetch and show media.
 */
@Factory
public class MediaWiring {

    @Singleton
    ObjectStorage objectStorage(@Value("${chatnation.storage.local.root:}") String root,
                                @Value("${chatnation.data-dir:data}") String dataDirectory) {
        return new LocalObjectStorage(root.isBlank() ? Path.of(dataDirectory, "objects") : Path.of(root));
    }

    @Singleton
    MediaRules mediaRules() {
        return MediaRules.whatsApp();
    }

    @Singleton
    MediaDownloaders mediaDownloaders(@Value("${chatnation.whatsapp.cloud.base-url}") URI baseUrl,
                                      @Value("${chatnation.whatsapp.cloud.api-version}") String apiVersion,
                                      @Value("${chatnation.media.download-timeout:60s}") Duration timeout,
                                      TwilioChannels twilio) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        MediaDownloaders cloud = new CloudApiMediaDownloaders(baseUrl, apiVersion, timeout, http);
        // Each provider's downloaders answer for their own accounts only; the sandbox phone sends no media.
        return (account, credentials) -> cloud.forAccount(account, credentials)
                .or(() -> twilio.forAccount(account, credentials));
    }

    @Singleton
    MessageMedia messageMedia(Jdbc jdbc) {
        return new JdbcMessageMedia(jdbc);
    }

    @Singleton
    InboundMediaFetcher inboundMediaFetcher(UnitOfWork uow, JobQueue jobs, ChannelAccounts accounts,
                                            MediaDownloaders downloaders, MessageMedia media, ObjectStorage storage,
                                            MediaRules rules, RecordAuditEntry audit, Clock clock) {
        return new InboundMediaFetcher(uow, jobs, accounts, downloaders, media, storage, rules, audit, clock);
    }

    @Singleton
    ShowMessageMedia showMessageMedia(UnitOfWork uow, CheckAccess access, MessageMedia media, ObjectStorage storage) {
        return new ShowMessageMediaService(uow, access, media, storage);
    }
}
