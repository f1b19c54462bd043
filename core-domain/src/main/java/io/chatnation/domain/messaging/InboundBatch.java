package io.chatnation.domain.messaging;

import java.util.List;

/**
 * Everything one webhook delivery carried: a provider may bundle several messages and status reports, for several of
 * an organisation's numbers, in one request.
 */
public record InboundBatch(List<InboundMessage> messages, List<DeliveryReport> reports, List<ProviderError> errors) {

    public static final InboundBatch EMPTY = new InboundBatch(List.of(), List.of(), List.of());

    public InboundBatch {
        messages = List.copyOf(messages);
        reports = List.copyOf(reports);
        errors = List.copyOf(errors);
    }

    public boolean isEmpty() {
        return messages.isEmpty() && reports.isEmpty() && errors.isEmpty();
    }
}
