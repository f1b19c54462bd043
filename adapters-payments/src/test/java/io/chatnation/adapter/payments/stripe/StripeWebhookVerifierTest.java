package io.chatnation.adapter.payments.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chatnation.adapter.payments.fake.StripeFake;
import io.chatnation.adapter.payments.shared.MutableClock;
import io.chatnation.domain.shared.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Signatures made the way Stripe makes them (by the fake, independently of the verifier). */
class StripeWebhookVerifierTest {

    static final String SECRET = "whsec_test_secret";
    static final String PAYLOAD = "{\"id\":\"evt_1\",\"type\":\"checkout.session.completed\"}";
    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    final MutableClock clock = new MutableClock(NOW);
    final StripeWebhookVerifier verifier = new StripeWebhookVerifier(SECRET, Duration.ofSeconds(300), clock);

    void verify(String header, String payload) {
        verifier.verify(header, payload.getBytes(StandardCharsets.UTF_8));
    }

    static String signed(String payload, Instant at, String secret) {
        return StripeFake.signatureHeader(payload, at.getEpochSecond(), secret);
    }

    @Test
    void a_delivery_signed_with_the_endpoint_secret_is_accepted() {
        assertThatCode(() -> verify(signed(PAYLOAD, NOW, SECRET), PAYLOAD)).doesNotThrowAnyException();
        assertThatCode(() -> verify(signed(PAYLOAD, NOW.minusSeconds(299), SECRET), PAYLOAD)).doesNotThrowAnyException();
    }

    @Test
    void any_v1_signature_may_match_while_a_secret_is_rolled() {
        String header = "t=" + NOW.getEpochSecond() + ",v1=" + "0".repeat(64) + ","
                + signed(PAYLOAD, NOW, SECRET).split(",")[1] + ",v0=ignored";
        assertThatCode(() -> verify(header, PAYLOAD)).doesNotThrowAnyException();
    }

    @Test
    void a_wrong_secret_or_an_altered_body_is_refused() {
        assertRefused(signed(PAYLOAD, NOW, "whsec_other"), PAYLOAD, "does not match");
        assertRefused(signed(PAYLOAD, NOW, SECRET), PAYLOAD.replace("evt_1", "evt_2"), "does not match");
    }

    @Test
    void a_missing_malformed_or_stale_signature_is_refused() {
        assertRefused(null, PAYLOAD, "missing");
        assertRefused("", PAYLOAD, "missing");
        assertRefused("v1=abc", PAYLOAD, "timestamp and a v1 signature");
        assertRefused("t=yesterday,v1=abc", PAYLOAD, "malformed timestamp");
        assertRefused(signed(PAYLOAD, NOW.minusSeconds(301), SECRET), PAYLOAD, "tolerance");
        assertRefused(signed(PAYLOAD, NOW.plusSeconds(301), SECRET), PAYLOAD, "tolerance");
    }

    private void assertRefused(String header, String payload, String why) {
        assertThatThrownBy(() -> verify(header, payload)).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.errors().get(0).field()).isEqualTo("Stripe-Signature");
            assertThat(e.errors().get(0).message()).contains(why);
        });
    }
}
