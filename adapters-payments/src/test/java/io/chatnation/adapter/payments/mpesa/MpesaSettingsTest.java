package io.chatnation.adapter.payments.mpesa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class MpesaSettingsTest {

    static final String CALLBACK_PATH = "/api/v1/payments/mpesa/callback";

    static MpesaSettings settings(String callbackBase, String accountReference, String transactionType) {
        return new MpesaSettings("key", "secret", "174379", "passkey", null, URI.create(callbackBase), CALLBACK_PATH,
                transactionType, null, accountReference, null);
    }

    @Test
    void defaults_are_darajas_sandbox_a_paybill_and_the_shortcode_as_receiver() {
        MpesaSettings s = settings("https://pay.example.com", null, null);
        assertThat(s.baseUrl()).isEqualTo(MpesaSettings.SANDBOX_BASE_URL);
        assertThat(s.transactionType()).isEqualTo("CustomerPayBillOnline");
        assertThat(s.partyB()).isEqualTo("174379");
        assertThat(s.callbackUrl("tok")).isEqualTo("https://pay.example.com/api/v1/payments/mpesa/callback/tok");
        assertThat(settings("https://example.com/chatnation/", null, null).callbackUrl("tok"))
                .as("behind a proxy's path prefix").isEqualTo("https://example.com/chatnation/api/v1/payments/mpesa/callback/tok");
        assertThat(s.toString()).doesNotContain("secret").doesNotContain("passkey");
    }

    @Test
    void settings_daraja_would_refuse_stop_the_server_with_the_property_named() {
        assertThatThrownBy(() -> settings("http://pay.example.com", null, null)).hasMessageContaining("callback-base-url");
        assertThatThrownBy(() -> settings("https://pay.example.com", "ChatNationLtd1", null)).hasMessageContaining("account-reference");
        assertThatThrownBy(() -> settings("https://pay.example.com", null, "CustomerPayPal")).hasMessageContaining("transaction-type");
        assertThatThrownBy(() -> new MpesaSettings("key", "secret", "17", "passkey", null, URI.create("https://x.io"),
                CALLBACK_PATH, null, null, null, null)).hasMessageContaining("shortcode");
        assertThatThrownBy(() -> new MpesaSettings("key", "secret", "174379", "passkey", null, URI.create("https://x.io"),
                "callback/", null, null, null, null)).hasMessageContaining("callback path");
    }
}
