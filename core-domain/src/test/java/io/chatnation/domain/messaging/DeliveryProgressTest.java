package io.chatnation.domain.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.chatnation.domain.shared.PhoneNumber;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeliveryProgressTest {

    private static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");
    private static final ProviderError UNDELIVERABLE = new ProviderError(131026, "Message undeliverable",
            Optional.empty(), Optional.empty());

    private static DeliveryReport report(DeliveryStatus status, int secondsAfter) {
        return new DeliveryReport(new ProviderMessageId("wamid.OUT"), new BusinessNumberId("106540352242922"),
                Optional.of(WhatsAppIdentity.ofPhone(new PhoneNumber("+254712345678"))), status,
                T0.plusSeconds(secondsAfter), status == DeliveryStatus.FAILED ? List.of(UNDELIVERABLE) : List.of(),
                Optional.empty(), Optional.empty());
    }

    @ParameterizedTest(name = "{0} then {1} leaves {2}")
    @CsvSource({
            "SENT, DELIVERED, DELIVERED",
            "DELIVERED, READ, READ",
            "READ, DELIVERED, READ",
            "READ, SENT, READ",
            "DELIVERED, SENT, DELIVERED",
            "SENT, FAILED, FAILED",
            "FAILED, SENT, FAILED",
            "DELIVERED, FAILED, DELIVERED",
            "READ, FAILED, READ",
            "FAILED, DELIVERED, DELIVERED",
            "READ, READ, READ"})
    void a_status_never_moves_backwards(DeliveryStatus current, DeliveryStatus reported, DeliveryStatus kept) {
        assertThat(current.advancedBy(reported)).isEqualTo(kept);
    }

    @Test
    void a_read_receipt_before_the_delivery_receipt_stays_read_and_still_records_when_it_was_delivered() {
        DeliveryProgress progress = DeliveryProgress.from(report(DeliveryStatus.SENT, 0))
                .after(report(DeliveryStatus.READ, 9))
                .after(report(DeliveryStatus.DELIVERED, 5));

        assertThat(progress.status()).isEqualTo(DeliveryStatus.READ);
        assertThat(progress.sentAt()).contains(T0);
        assertThat(progress.deliveredAt()).contains(T0.plusSeconds(5));
        assertThat(progress.readAt()).contains(T0.plusSeconds(9));
    }

    @Test
    void delivered_may_be_skipped_entirely() {
        DeliveryProgress progress = DeliveryProgress.from(report(DeliveryStatus.READ, 3));

        assertThat(progress.status()).isEqualTo(DeliveryStatus.READ);
        assertThat(progress.deliveredAt()).isEmpty();
        assertThat(progress.sentAt()).isEmpty();
    }

    @Test
    void a_repeated_report_changes_nothing_and_the_first_time_is_kept() {
        DeliveryProgress once = DeliveryProgress.from(report(DeliveryStatus.SENT, 0)).after(report(DeliveryStatus.DELIVERED, 4));

        assertThat(once.after(report(DeliveryStatus.DELIVERED, 4))).isEqualTo(once);
        assertThat(once.after(report(DeliveryStatus.DELIVERED, 30)).deliveredAt()).contains(T0.plusSeconds(4));
    }

    @Test
    void a_failure_keeps_the_errors_that_explain_it() {
        DeliveryProgress progress = DeliveryProgress.from(report(DeliveryStatus.SENT, 0)).after(report(DeliveryStatus.FAILED, 2));

        assertThat(progress.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(progress.failedAt()).contains(T0.plusSeconds(2));
        assertThat(progress.errors()).containsExactly(UNDELIVERABLE);
    }

    @Test
    void a_failure_reported_after_delivery_is_contradicted_and_ignored() {
        DeliveryProgress delivered = DeliveryProgress.from(report(DeliveryStatus.DELIVERED, 1));

        assertThat(delivered.after(report(DeliveryStatus.FAILED, 2))).isEqualTo(delivered);
    }
}
