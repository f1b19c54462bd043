package io.chatnation.adapter.payments.mpesa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chatnation.adapter.payments.fake.DarajaFake;
import io.chatnation.domain.billing.purchase.CurrencyCode;
import io.chatnation.domain.billing.purchase.Money;
import io.chatnation.domain.billing.purchase.PaymentOutcome;
import io.chatnation.domain.billing.purchase.PurchaseStatus;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.ports.billing.out.PaymentNoticeReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MpesaCallbackTest {

    static MpesaCallback parse(String json) {
        return MpesaCallback.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_successful_callback_reports_the_amount_and_receipt_by_item_name() {
        MpesaCallback callback = parse(DarajaFake.callbackBody("29115-1", "ws_CO_1", 0, 2250, "254712345678"));
        assertThat(callback.checkoutRequestId().value()).isEqualTo("ws_CO_1");
        assertThat(callback.outcome()).isEqualTo(new PaymentOutcome.Paid(Optional.of(Money.ofMinor(CurrencyCode.KES, 225000)),
                Optional.of(DarajaFake.receiptFor("ws_CO_1"))));
    }

    @Test
    void the_reader_makes_a_callback_a_notice_about_its_checkout_request() {
        byte[] body = DarajaFake.callbackBody("29115-1", "ws_CO_1", 1032, 0, "254712345678").getBytes(StandardCharsets.UTF_8);
        PaymentNoticeReader.Notice notice = new MpesaCallbackReader().read(new PaymentNoticeReader.Delivery(body,
                Optional.empty())).orElseThrow();
        assertThat(notice.reference().value()).isEqualTo("ws_CO_1");
        assertThat(notice.noticeId()).as("Daraja numbers no callback").isEmpty();
        assertThat(notice.outcome()).isInstanceOfSatisfying(PaymentOutcome.Unsuccessful.class,
                u -> assertThat(u.status()).isEqualTo(PurchaseStatus.CANCELLED));
        assertThatThrownBy(() -> new MpesaCallbackReader().read(new PaymentNoticeReader.Delivery(
                "{\"Body\":{}}".getBytes(StandardCharsets.UTF_8), Optional.empty()))).isInstanceOf(InvalidInput.class);
    }

    @Test
    void amounts_with_cents_and_as_text_are_read_exactly() {
        String json = """
                {"Body":{"stkCallback":{"MerchantRequestID":"m","CheckoutRequestID":"ws_CO_2","ResultCode":0,
                 "ResultDesc":"ok","CallbackMetadata":{"Item":[{"Name":"MpesaReceiptNumber","Value":"NLJ7RT61SV"},
                 {"Name":"Amount","Value":"1.00"}]}}}}""";
        assertThat(((PaymentOutcome.Paid) parse(json).outcome()).amount()).contains(Money.ofMinor(CurrencyCode.KES, 100));
    }

    @Test
    void a_success_without_an_amount_is_refused_rather_than_trusted() {
        String json = """
                {"Body":{"stkCallback":{"MerchantRequestID":"m","CheckoutRequestID":"ws_CO_3","ResultCode":0,
                 "ResultDesc":"ok","CallbackMetadata":{"Item":[{"Name":"Amount"}]}}}}""";
        assertThatThrownBy(() -> parse(json).outcome()).isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_body_that_is_not_a_callback_is_refused_naming_the_field() {
        assertThatThrownBy(() -> parse("not json")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> parse("{\"Body\":{}}")).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors().get(0).field()).isEqualTo("Body.stkCallback"));
        assertThatThrownBy(() -> parse("{\"Body\":{\"stkCallback\":{\"ResultCode\":0}}}")).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors().get(0).field()).isEqualTo("Body.stkCallback.CheckoutRequestID"));
    }

    @ParameterizedTest
    @CsvSource({
            "1, FAILED, insufficient_funds",
            "1032, CANCELLED, cancelled_by_payer",
            "1037, EXPIRED, payer_unreachable",
            "1019, EXPIRED, transaction_expired",
            "2001, FAILED, wrong_pin",
            "1001, FAILED, payer_busy",
            "17, FAILED, declined"})
    void result_codes_map_to_the_purchase_outcome(int code, PurchaseStatus status, String reason) {
        PaymentOutcome outcome = parse(DarajaFake.callbackBody("m", "ws_CO_4", code, 0, "254712345678")).outcome();
        assertThat(outcome).isInstanceOfSatisfying(PaymentOutcome.Unsuccessful.class, u -> {
            assertThat(u.status()).isEqualTo(status);
            assertThat(u.reason()).isEqualTo(reason);
            assertThat(u.detail()).isNotBlank();
        });
    }
}
