package io.chatnation.ports.messaging.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chatnation.domain.messaging.BusinessAccountId;
import io.chatnation.domain.messaging.BusinessNumberId;
import io.chatnation.domain.messaging.ChannelAccount;
import io.chatnation.domain.messaging.ChannelAccountId;
import io.chatnation.domain.messaging.ChannelCredentials;
import io.chatnation.domain.messaging.ChannelFailure;
import io.chatnation.domain.messaging.ChannelProvider;
import io.chatnation.domain.messaging.ChannelSecret;
import io.chatnation.domain.messaging.InboundHeader;
import io.chatnation.domain.messaging.InboundMedia;
import io.chatnation.domain.messaging.InboundMessage;
import io.chatnation.domain.messaging.MediaFetchStatus;
import io.chatnation.domain.messaging.MediaId;
import io.chatnation.domain.messaging.MediaKind;
import io.chatnation.domain.messaging.MediaRules;
import io.chatnation.domain.messaging.MessageId;
import io.chatnation.domain.messaging.ProviderMessageId;
import io.chatnation.domain.messaging.SenderProfile;
import io.chatnation.domain.messaging.WhatsAppIdentity;
import io.chatnation.domain.messaging.StoredMedia;
import io.chatnation.domain.messaging.WebhookKey;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.PhoneNumber;
import io.chatnation.ports.messaging.out.ChannelAccounts;
import io.chatnation.ports.messaging.out.MediaDownloads;
import io.chatnation.ports.messaging.out.MessageMedia;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.shared.out.JobQueue;
import io.chatnation.ports.shared.out.JobQueue.ClaimedJob;
import io.chatnation.ports.shared.out.ObjectStorage;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The media job's rules, in memory: what is stored, what is recorded instead, what is retried, and reruns. */
class InboundMediaFetcherTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final OrgId ORG = new OrgId(UUID.randomUUID());
    private static final byte[] PHOTO = "jpeg bytes".getBytes(StandardCharsets.UTF_8);

    private final ChannelAccount account = new ChannelAccount(new ChannelAccountId(UUID.randomUUID()),
            ChannelProvider.WHATSAPP_CLOUD, new BusinessNumberId("106540352242922"), new BusinessAccountId("102290129340398"),
            new PhoneNumber("+15550783881"), new WebhookKey("k".repeat(40)), UUID.randomUUID(), NOW);
    private final Deque<MediaDownloads.Download> answers = new ArrayDeque<>();
    private final List<Long> limitsAsked = new ArrayList<>();
    private final Map<MessageId, StoredMedia> records = new HashMap<>();
    private final java.util.Set<MessageId> erased = new java.util.HashSet<>();
    private final Map<String, byte[]> objects = new HashMap<>();
    private final List<RecordAuditEntry.Command> audited = new ArrayList<>();
    private final List<ClaimedJob> completed = new ArrayList<>();

    private final UnitOfWork uow = new ImmediateUnitOfWork();

    private final JobQueue jobs = proxy(JobQueue.class, (name, args) -> {
        if (name.equals("complete")) {
            completed.add((ClaimedJob) args[0]);
            return null;
        }
        throw new UnsupportedOperationException(name);
    });

    private final ChannelAccounts accounts = proxy(ChannelAccounts.class, (name, args) -> {
        if (name.equals("credentials")) {
            return Optional.of(new ChannelCredentials.CloudApi(new ChannelSecret("token"), new ChannelSecret("secret"),
                    new ChannelSecret("verify")));
        }
        throw new UnsupportedOperationException(name);
    });

    private final MediaDownloads downloads = new MediaDownloads() {
        @Override
        public Download download(MediaId media) {
            throw new UnsupportedOperationException("the fetcher always names its limit");
        }

        @Override
        public Download download(MediaId media, long limitBytes) {
            limitsAsked.add(limitBytes);
            return answers.removeFirst();
        }
    };

    private final MessageMedia media = new MessageMedia() {
        @Override
        public boolean record(StoredMedia outcome) {
            return !erased.contains(outcome.message()) && records.putIfAbsent(outcome.message(), outcome) == null;
        }

        @Override
        public Optional<StoredMedia> of(MessageId message) {
            return Optional.ofNullable(records.get(message));
        }

        @Override
        public List<StoredMedia> ofMessages(java.util.Collection<MessageId> messages) {
            return messages.stream().map(records::get).filter(java.util.Objects::nonNull).toList();
        }

        @Override
        public List<String> storageKeysOfContact(io.chatnation.domain.messaging.ContactId contact) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isReferenced(String storageKey) {
            return records.values().stream().anyMatch(r -> r.storageKey().equals(Optional.of(storageKey)));
        }
    };

    private final ObjectStorage storage = new ObjectStorage() {
        @Override
        public boolean putIfAbsent(Key key, byte[] content) {
            return objects.putIfAbsent(key.value(), content) == null;
        }

        @Override
        public Optional<StoredObject> open(Key key) {
            return Optional.ofNullable(objects.get(key.value()))
                    .map(bytes -> new StoredObject(bytes.length, new ByteArrayInputStream(bytes)));
        }

        @Override
        public boolean exists(Key key) {
            return objects.containsKey(key.value());
        }

        @Override
        public boolean delete(Key key) {
            return objects.remove(key.value()) != null;
        }
    };

    private final InboundMediaFetcher fetcher = new InboundMediaFetcher(uow, jobs, accounts, (a, c) -> Optional.of(downloads), media,
            storage, MediaRules.whatsApp(), audited::add, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void an_image_is_hashed_stored_under_its_organisation_and_recorded_once() {
        MessageId message = new MessageId(UUID.randomUUID());
        answers.add(new MediaDownloads.Downloaded(PHOTO, "image/jpeg", "whatever-the-adapter-says"));

        fetcher.fetch(job(message, MediaKind.IMAGE, "image/jpeg", 1), account);

        String sha256 = InboundMediaFetcher.sha256(PHOTO);
        StoredMedia stored = records.get(message);
        assertThat(stored.status()).isEqualTo(MediaFetchStatus.FETCHED);
        assertThat(stored.sha256()).hasValue(sha256);
        assertThat(stored.storageKey()).hasValue("orgs/" + ORG.value() + "/media/" + sha256);
        assertThat(objects).containsOnlyKeys("orgs/" + ORG.value() + "/media/" + sha256);
        assertThat(limitsAsked).containsExactly(5L * 1024 * 1024);
        assertThat(audited).singleElement().satisfies(entry -> assertThat(entry.action()).isEqualTo("message.media_recorded"));
        assertThat(completed).hasSize(1);
    }

    @Test
    void a_rerun_of_a_recorded_job_downloads_and_stores_nothing_and_completes() {
        MessageId message = new MessageId(UUID.randomUUID());
        answers.add(new MediaDownloads.Downloaded(PHOTO, "image/jpeg", "x"));
        fetcher.fetch(job(message, MediaKind.IMAGE, "image/jpeg", 1), account);

        fetcher.fetch(job(message, MediaKind.IMAGE, "image/jpeg", 2), account);

        assertThat(limitsAsked).hasSize(1);
        assertThat(objects).hasSize(1);
        assertThat(audited).hasSize(1);
        assertThat(completed).hasSize(2);
    }

    @Test
    void media_of_a_message_erased_while_it_was_fetched_is_not_kept() {
        MessageId message = new MessageId(UUID.randomUUID());
        erased.add(message);
        answers.add(new MediaDownloads.Downloaded(PHOTO, "image/jpeg", "x"));

        fetcher.fetch(job(message, MediaKind.IMAGE, "image/jpeg", 1), account);

        assertThat(records).isEmpty();
        assertThat(objects).isEmpty();
        assertThat(audited).isEmpty();
        assertThat(completed).hasSize(1);
    }

    @Test
    void bytes_another_message_already_uses_are_kept_when_this_message_is_gone() {
        MessageId first = new MessageId(UUID.randomUUID());
        answers.add(new MediaDownloads.Downloaded(PHOTO, "image/jpeg", "x"));
        fetcher.fetch(job(first, MediaKind.IMAGE, "image/jpeg", 1), account);
        MessageId gone = new MessageId(UUID.randomUUID());
        erased.add(gone);
        answers.add(new MediaDownloads.Downloaded(PHOTO, "image/jpeg", "x"));

        fetcher.fetch(job(gone, MediaKind.IMAGE, "image/jpeg", 1), account);

        assertThat(objects).hasSize(1);
        assertThat(records).containsOnlyKeys(first);
    }

    @Test
    void a_failure_that_may_pass_is_thrown_for_the_queue_to_retry_until_the_last_attempt_records_it() {
        MessageId message = new MessageId(UUID.randomUUID());
        answers.add(new MediaDownloads.Failed(ChannelFailure.retryable("timeout", "The Cloud API did not answer in time")));

        assertThatThrownBy(() -> fetcher.fetch(job(message, MediaKind.VIDEO, "video/mp4", 1), account))
                .isInstanceOf(IllegalStateException.class);
        assertThat(records).isEmpty();
        assertThat(completed).isEmpty();

        answers.add(new MediaDownloads.Failed(ChannelFailure.retryable("timeout", "The Cloud API did not answer in time")));
        fetcher.fetch(job(message, MediaKind.VIDEO, "video/mp4", InboundMediaFetcher.ATTEMPTS), account);

        assertThat(records.get(message).status()).isEqualTo(MediaFetchStatus.FAILED);
        assertThat(records.get(message).detail().orElseThrow()).contains("did not answer in time");
        assertThat(completed).hasSize(1);
    }

    @Test
    void media_of_a_provider_no_adapter_serves_is_recorded_as_failed_not_retried() {
        InboundMediaFetcher without = new InboundMediaFetcher(uow, jobs, accounts, (a, c) -> Optional.empty(), media,
                storage, MediaRules.whatsApp(), audited::add, Clock.fixed(NOW, ZoneOffset.UTC));
        MessageId message = new MessageId(UUID.randomUUID());

        without.fetch(job(message, MediaKind.IMAGE, "image/jpeg", 1), account);

        assertThat(records.get(message).status()).isEqualTo(MediaFetchStatus.FAILED);
        assertThat(records.get(message).detail()).hasValue("Media from whatsapp_cloud numbers cannot be fetched");
        assertThat(completed).hasSize(1);
    }

    @Test
    void a_permanent_failure_is_recorded_at_once() {
        MessageId message = new MessageId(UUID.randomUUID());
        answers.add(new MediaDownloads.Failed(ChannelFailure.permanent("100", "Object does not exist")));

        fetcher.fetch(job(message, MediaKind.DOCUMENT, "application/pdf", 1), account);

        assertThat(records.get(message).status()).isEqualTo(MediaFetchStatus.FAILED);
        assertThat(objects).isEmpty();
    }

    @Test
    void each_kind_is_downloaded_within_its_own_limit_and_a_larger_file_is_recorded_too_large() {
        MessageId sticker = new MessageId(UUID.randomUUID());
        answers.add(new MediaDownloads.TooLarge(500 * 1024));

        fetcher.fetch(job(sticker, MediaKind.STICKER, "image/webp", 1), account);

        assertThat(limitsAsked).containsExactly(500L * 1024);
        assertThat(records.get(sticker).status()).isEqualTo(MediaFetchStatus.TOO_LARGE);
        assertThat(records.get(sticker).detail()).hasValue("Larger than the 500 KB WhatsApp allows for a sticker");
        assertThat(objects).isEmpty();
    }

    @Test
    void a_type_outside_the_allow_list_is_refused_before_or_after_downloading() {
        MessageId announced = new MessageId(UUID.randomUUID());
        fetcher.fetch(job(announced, MediaKind.DOCUMENT, "text/html", 1), account);

        MessageId served = new MessageId(UUID.randomUUID());
        answers.add(new MediaDownloads.Downloaded(PHOTO, "image/svg+xml", "x"));
        fetcher.fetch(job(served, MediaKind.IMAGE, "image/png", 1), account);

        assertThat(records.get(announced).status()).isEqualTo(MediaFetchStatus.REJECTED_TYPE);
        assertThat(records.get(served).status()).isEqualTo(MediaFetchStatus.REJECTED_TYPE);
        assertThat(records.get(served).mimeType()).isEqualTo("image/svg+xml");
        assertThat(limitsAsked).hasSize(1);
        assertThat(objects).isEmpty();
    }

    @Test
    void a_media_message_gets_a_job_of_its_own_ordering_key_and_other_messages_none() {
        MessageId stored = new MessageId(UUID.randomUUID());
        InboundHeader header = header();
        InboundMessage photo = new InboundMessage.MediaMessage(header, new InboundMedia(MediaKind.IMAGE,
                new MediaId("1479537139650973"), "image/jpeg", Optional.empty(), Optional.of("Our stand"), Optional.empty(),
                false));

        JobQueue.NewJob job = InboundMediaJob.of(account, photo, stored).orElseThrow();

        assertThat(job.queue()).isEqualTo(InboundJobs.QUEUE);
        assertThat(job.orderingKey()).isEqualTo(account.id() + ":media:" + stored)
                .isNotEqualTo(InboundJobs.message(account, photo, stored).orderingKey());
        assertThat(job.payload()).containsEntry("caption", "Our stand").containsEntry("mediaKind", "IMAGE");
        assertThat(InboundMediaJob.of(account, new InboundMessage.TextMessage(header, "hi"), stored)).isEmpty();
    }

    private InboundHeader header() {
        return new InboundHeader(new ProviderMessageId("wamid.photo"), account.phoneNumberId(),
                WhatsAppIdentity.ofPhone(new PhoneNumber("+254712345678")), SenderProfile.UNKNOWN, NOW,
                Optional.empty(), Optional.empty());
    }

    private ClaimedJob job(MessageId message, MediaKind kind, String mimeType, int attempt) {
        Map<String, String> payload = new HashMap<>();
        payload.put("kind", InboundMediaJob.KIND);
        payload.put("account", account.id().toString());
        payload.put("message", message.toString());
        payload.put("mediaKind", kind.name());
        payload.put("mediaId", "media-" + message);
        payload.put("mimeType", mimeType);
        return new ClaimedJob(attempt, ORG, account.id() + ":media:" + message, payload, attempt);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, java.util.function.BiFunction<String, Object[], Object> handler) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (p, method, args) -> handler.apply(method.getName(), args));
    }
}
