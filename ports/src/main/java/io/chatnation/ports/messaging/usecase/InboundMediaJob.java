package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ChannelAccount;
import io.chatnation.domain.messaging.InboundMedia;
import io.chatnation.domain.messaging.InboundMessage;
import io.chatnation.domain.messaging.MediaId;
import io.chatnation.domain.messaging.MediaKind;
import io.chatnation.domain.messaging.MessageId;
import io.chatnation.ports.shared.out.JobQueue.ClaimedJob;
import io.chatnation.ports.shared.out.JobQueue.NewJob;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The job that fetches an inbound message's media, on the inbound queue beside the message's own job. It has an
 * ordering key of its own (the message), so a slow or failing download never holds up the routing of that message or
 * of anything the person writes next. It carries what the webhook announced, which the stored message does not keep.
 */
final class InboundMediaJob {

    static final String KIND = "media";

    private InboundMediaJob() {}

    static Optional<NewJob> of(ChannelAccount account, InboundMessage message, MessageId stored) {
        if (!(message instanceof InboundMessage.MediaMessage mediaMessage)) {
            return Optional.empty();
        }
        InboundMedia media = mediaMessage.media();
        Map<String, String> payload = new HashMap<>();
        payload.put(InboundJobs.KIND, KIND);
        payload.put("account", account.id().toString());
        payload.put("message", stored.toString());
        payload.put("mediaKind", media.kind().name());
        payload.put("mediaId", media.id().value());
        payload.put("mimeType", media.mimeType());
        media.caption().ifPresent(caption -> payload.put("caption", caption));
        media.filename().ifPresent(filename -> payload.put("filename", filename));
        return Optional.of(new NewJob(InboundJobs.QUEUE, account.id() + ":media:" + stored, payload));
    }

    static MessageId message(ClaimedJob job) {
        return MessageId.of(job.get("message"));
    }

    static MediaKind kind(ClaimedJob job) {
        return MediaKind.valueOf(job.get("mediaKind"));
    }

    static MediaId mediaId(ClaimedJob job) {
        return new MediaId(job.get("mediaId"));
    }

    static String announcedType(ClaimedJob job) {
        return job.get("mimeType");
    }

    static Optional<String> caption(ClaimedJob job) {
        return Optional.ofNullable(job.payload().get("caption"));
    }

    static Optional<String> filename(ClaimedJob job) {
        return Optional.ofNullable(job.payload().get("filename"));
    }
}
