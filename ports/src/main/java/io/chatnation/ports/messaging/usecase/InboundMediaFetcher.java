package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ChannelAccount;
import io.chatnation.domain.messaging.ChannelCredentials;
import io.chatnation.domain.messaging.MediaFetchStatus;
import io.chatnation.domain.messaging.MediaKind;
import io.chatnation.domain.messaging.MediaRules;
import io.chatnation.domain.messaging.MessageId;
import io.chatnation.domain.messaging.StoredMedia;
import io.chatnation.domain.shared.ActorType;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.ports.messaging.out.ChannelAccounts;
import io.chatnation.ports.messaging.out.MediaDownloaders;
import io.chatnation.ports.messaging.out.MediaDownloads;
import io.chatnation.ports.messaging.out.MessageMedia;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.shared.out.JobQueue;
import io.chatnation.ports.shared.out.JobQueue.ClaimedJob;
import io.chatnation.ports.shared.out.ObjectStorage;
import io.chatnation.ports.shared.out.UnitOfWork;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Runs a media job: checks the announced type against the rules, downloads within the kind's size limit, hashes and
 * stores the bytes under a key made of the organisation and the hash, and records the outcome on the message.
 * <p>
 * Safe to repeat at every step: a message that already has a record is not downloaded again, and the same bytes land
 * on the same key, which is written only once. A provider failure that may pass is thrown, so the queue retries the
 * job with its backoff; a permanent one, or one that outlasts {@link #ATTEMPTS} tries, is recorded as failed.
 */
public final class InboundMediaFetcher {

    /** One try fewer than the queue allows, so the last try records the failure instead of leaving a dead job. */
    static final int ATTEMPTS = 7;
    static final UUID MEDIA_ACTOR = UUID.nameUUIDFromBytes("chatnation:messaging:media".getBytes(StandardCharsets.UTF_8));

    private final UnitOfWork uow;
    private final JobQueue jobs;
    private final ChannelAccounts accounts;
    private final MediaDownloaders downloaders;
    private final MessageMedia media;
    private final ObjectStorage storage;
    private final MediaRules rules;
    private final RecordAuditEntry audit;
    private final Clock clock;

    public InboundMediaFetcher(UnitOfWork uow, JobQueue jobs, ChannelAccounts accounts, MediaDownloaders downloaders,
                               MessageMedia media, ObjectStorage storage, MediaRules rules, RecordAuditEntry audit,
                               Clock clock) {
        this.uow = uow;
        this.jobs = jobs;
        this.accounts = accounts;
        this.downloaders = downloaders;
        this.media = media;
        this.storage = storage;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    void fetch(ClaimedJob job, ChannelAccount account) {
        OrgId org = job.org();
        MessageId message = InboundMediaJob.message(job);
        if (uow.inOrganization(org, () -> media.of(message)).isEmpty()) {
            StoredMedia outcome = outcome(job, account);
            boolean recorded = uow.inOrganization(org, () -> {
                boolean first = media.record(outcome);
                if (first) {
                    audit.record(auditEntry(org, outcome));
                }
                return first;
            });
            if (!recorded) {
                forgetUnlessUsed(org, outcome);
            }
        }
        // Completed only once the record committed, as every inbound job is.
        uow.runInOrganization(org, () -> jobs.complete(job));
    }

    /**
     * Nothing was recorded: another run got there first, or the message was erased meanwhile. In the second case the
     * bytes just stored belong to no message, and an erased person's media must not stay behind.
     */
    private void forgetUnlessUsed(OrgId org, StoredMedia outcome) {
        outcome.storageKey().ifPresent(key -> {
            if (!uow.inOrganization(org, () -> media.isReferenced(key))) {
                storage.delete(new ObjectStorage.Key(key));
            }
        });
    }

    private StoredMedia outcome(ClaimedJob job, ChannelAccount account) {
        MediaKind kind = InboundMediaJob.kind(job);
        String announced = InboundMediaJob.announcedType(job);
        if (!rules.allows(kind, announced)) {
            return notStored(job, MediaFetchStatus.REJECTED_TYPE, announced, refusedType(kind, announced));
        }
        ChannelCredentials credentials = uow.inOrganization(job.org(), () -> accounts.credentials(account.id()))
                .orElseThrow(() -> new IllegalStateException("account " + account.id() + " has no credentials"));
        Optional<MediaDownloads> downloads = downloaders.forAccount(account, credentials);
        if (downloads.isEmpty()) {
            return notStored(job, MediaFetchStatus.FAILED, announced,
                    "Media from " + account.provider().code() + " numbers cannot be fetched");
        }
        long limit = rules.maxBytes(kind);
        MediaDownloads.Download download = downloads.get().download(InboundMediaJob.mediaId(job), limit);
        if (download instanceof MediaDownloads.TooLarge) {
            return notStored(job, MediaFetchStatus.TOO_LARGE, announced,
                    "Larger than the " + megabytes(limit) + " WhatsApp allows for " + article(kind));
        }
        if (download instanceof MediaDownloads.Failed failed) {
            if (failed.failure().isRetryable() && job.attempt() < ATTEMPTS) {
                throw new IllegalStateException("media not fetched yet: " + failed.failure().reason());
            }
            return notStored(job, MediaFetchStatus.FAILED, announced, "The provider did not hand the media over: "
                    + failed.failure().reason());
        }
        MediaDownloads.Downloaded done = (MediaDownloads.Downloaded) download;
        if (done.content().length > limit) {
            return notStored(job, MediaFetchStatus.TOO_LARGE, announced,
                    "Larger than the " + megabytes(limit) + " WhatsApp allows for " + article(kind));
        }
        // The type checked before downloading was the webhook's; the download states its own, which must pass too.
        String type = MediaRules.essence(done.mimeType());
        if (!rules.allows(kind, type)) {
            return notStored(job, MediaFetchStatus.REJECTED_TYPE, done.mimeType(), refusedType(kind, done.mimeType()));
        }
        // Hashed here rather than taken from the adapter or the webhook: the key and the ETag rest on it.
        String sha256 = sha256(done.content());
        ObjectStorage.Key key = ObjectStorage.Key.of(job.org(), "media", sha256);
        storage.putIfAbsent(key, done.content());
        return new StoredMedia(InboundMediaJob.message(job), kind, MediaFetchStatus.FETCHED,
                InboundMediaJob.mediaId(job), type, Optional.of(key.value()), Optional.of((long) done.content().length),
                Optional.of(sha256), InboundMediaJob.caption(job), InboundMediaJob.filename(job), Optional.empty(),
                clock.instant());
    }

    private StoredMedia notStored(ClaimedJob job, MediaFetchStatus status, String mimeType, String detail) {
        return new StoredMedia(InboundMediaJob.message(job), InboundMediaJob.kind(job), status,
                InboundMediaJob.mediaId(job), mimeType, Optional.empty(), Optional.empty(), Optional.empty(),
                InboundMediaJob.caption(job), InboundMediaJob.filename(job), Optional.of(detail), clock.instant());
    }

    private static RecordAuditEntry.Command auditEntry(OrgId org, StoredMedia outcome) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", outcome.status().wireName());
        after.put("kind", outcome.kind().wireName());
        after.put("mimeType", outcome.mimeType());
        outcome.sizeBytes().ifPresent(size -> after.put("sizeBytes", size));
        outcome.sha256().ifPresent(sha -> after.put("sha256", sha));
        Caller pipeline = new Caller(org, ActorType.SYSTEM, MEDIA_ACTOR, Set.of(), null);
        return new RecordAuditEntry.Command(pipeline, "message.media_recorded", "message",
                Optional.of(outcome.message().value()), Optional.empty(), Optional.of(after),
                Map.of("providerMediaId", outcome.providerMediaId().value()));
    }

    private static String refusedType(MediaKind kind, String mimeType) {
        return "The type " + (mimeType.isBlank() ? "(none)" : mimeType) + " is not accepted for " + article(kind);
    }

    private static String article(MediaKind kind) {
        return (kind == MediaKind.IMAGE || kind == MediaKind.AUDIO ? "an " : "a ") + kind.wireName();
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
