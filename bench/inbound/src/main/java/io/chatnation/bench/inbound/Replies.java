package io.chatnation.bench.inbound;

import io.chatnation.adapter.whatsapp.cloud.fake.FakeCloudApi.SentMessage;
import java.util.List;
import java.util.function.IntToLongFunction;
import org.HdrHistogram.Histogram;

/**
 * The replies the Cloud API fake received, matched to the webhooks they answer through their {@code context}: how
 * long after its webhook was due each reply reached the provider, and whether every acknowledged message was
 * answered exactly once.
 */
final class Replies {

    final Histogram inboundToReplyMicros = new Histogram(Phase.HIGHEST_MICROS, 3);
    long answered;
    long answeredTwice;
    long unanswered;
    long unrelated;

    static Replies match(List<SentMessage> sent, LoadResult load, IntToLongFunction dueEpochMicros) {
        Replies replies = new Replies();
        int[] answers = new int[load.total];
        long[] firstAt = new long[load.total];
        for (SentMessage message : sent) {
            int k = InboundTraffic.indexOf(message.body().path("context").path("message_id").asText(null));
            if (k < 0 || k >= load.total) {
                replies.unrelated++;
                continue;
            }
            if (answers[k]++ == 0) {
                firstAt[k] = WebhookLoad.toMicros(message.at());
            }
        }
        for (int k = 0; k < load.total; k++) {
            Phase phase = load.phaseOf(k);
            if (!phase.wasAcknowledged(k)) {
                continue;
            }
            if (answers[k] == 0) {
                replies.unanswered++;
                continue;
            }
            replies.answered++;
            if (answers[k] > 1) {
                replies.answeredTwice++;
            }
            if (phase == load.measured) {
                long micros = firstAt[k] - dueEpochMicros.applyAsLong(k);
                replies.inboundToReplyMicros.recordValue(Math.min(Phase.HIGHEST_MICROS, Math.max(0, micros)));
            }
        }
        return replies;
    }
}
