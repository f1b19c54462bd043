package io.chatnation.ports.billing.usecase;

import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.ports.billing.out.PaymentNoticeReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A provider's notices as the test sets them, keeping every delivery it was asked to read. */
final class ScriptedNoticeReader implements PaymentNoticeReader {

    final List<Delivery> read = new ArrayList<>();
    Optional<Notice> notice = Optional.empty();
    Optional<InvalidInput> refusal = Optional.empty();

    @Override
    public Optional<Notice> read(Delivery delivery) {
        read.add(delivery);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
        return notice;
    }
}
