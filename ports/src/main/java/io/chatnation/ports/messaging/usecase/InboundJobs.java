package io.chatnation.ports.messaging.usecase;

import io.chatnation.domain.messaging.ChannelAccount;
import io.chatnation.domain.messaging.DeliveryReport;
import io.chatnation.domain.messaging.DeliveryStatus;
import io.chatnation.domain.messaging.InboundMessage;
import io.chatnation.domain.messaging.MessageId;
import io.chatnation.domain.messaging.ProviderError;
import io.chatnation.domain.messaging.ProviderMessageId;
import io.chatnation.ports.messaging.in.ProcessInboundJobs;
import io.chatnation.ports.shared.out.JobQueue.ClaimedJob;
import io.chatnation.ports.shared.out.JobQueue.NewJob;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The jobs of the inbound pipeline and what they carry. A message job is keyed by the sender on the number, so one
 * person's messages are routed in the order they were received; the reports of one outbound message share a key of
 * their own, so a report waiting for its message never holds up what the person writes next.
 */
final class InboundJobs {

    static final String QUEUE = ProcessInboundJobs.QUEUE;
    static final String KIND = "kind";
    static final String MESSAGE = "message";
    static final String REPORT = "report";

    private InboundJobs() {}

    static NewJob message(ChannelAccount account, InboundMessage message, MessageId stored) {
        return new NewJob(QUEUE, account.id() + ":from:" + message.header().from(),
                Map.of(KIND, MESSAGE, "account", account.id().toString(), "message", stored.toString()));
    }

    static NewJob report(ChannelAccount account, DeliveryReport report) {
        Map<String, String> payload = new HashMap<>();
        payload.put(KIND, REPORT);
        payload.put("account", account.id().toString());
        payload.put("providerMessageId", report.messageId().value());
        payload.put("status", report.status().name());
        payload.put("at", report.at().toString());
        report.errors().stream().findFirst().ifPresent(error -> {
            payload.put("errorCode", Integer.toString(error.code()));
            payload.put("errorTitle", error.title());
        });
        return new NewJob(QUEUE, account.id() + ":report:" + report.messageId().value(), payload);
    }

    static DeliveryReport reportOf(ChannelAccount account, ClaimedJob job) {
        List<ProviderError> errors = Optional.ofNullable(job.payload().get("errorCode"))
                .map(code -> List.of(new ProviderError(Integer.parseInt(code), job.payload().get("errorTitle"),
                        Optional.empty(), Optional.empty())))
                .orElse(List.of());
        return new DeliveryReport(new ProviderMessageId(job.get("providerMessageId")), account.phoneNumberId(),
                Optional.empty(), DeliveryStatus.valueOf(job.get("status").toUpperCase(Locale.ROOT)),
                Instant.parse(job.get("at")), errors, Optional.empty(), Optional.empty());
    }
}
