package io.chatnation.adapter.whatsapp.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import io.chatnation.domain.messaging.ChannelSecret;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TwilioSignatureTest {

    // Twilio's published example (its security documentation and every official helper library's tests).
    private static final ChannelSecret TOKEN = new ChannelSecret("12345");
    private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
    private static final Map<String, List<String>> PARAMS = Map.of(
            "Digits", List.of("1234"), "CallSid", List.of("CA1234567890ABCDE"), "To", List.of("+18005551212"),
            "Caller", List.of("+14158675309"), "From", List.of("+14158675309"));
    private static final String PUBLISHED = "RSOYDt4T1cUTdK1PDd93/VVr8B8=";

    @Test
    void the_published_test_vector_signs_and_validates() {
        assertThat(TwilioSignature.sign(TOKEN, URL, PARAMS)).isEqualTo(PUBLISHED);
        assertThat(TwilioSignature.isValid(TOKEN, URL, PARAMS, Optional.of(PUBLISHED))).isTrue();
    }

    @Test
    void the_url_is_accepted_with_or_without_its_default_port() {
        assertThat(TwilioSignature.isValid(TOKEN, "https://mycompany.com:443/myapp.php?foo=1&bar=2", PARAMS,
                Optional.of(PUBLISHED))).isTrue();
        assertThat(TwilioSignature.isValid(TOKEN, "https://mycompany.com:8443/myapp.php?foo=1&bar=2", PARAMS,
                Optional.of(PUBLISHED))).as("another port is another URL").isFalse();
    }

    @Test
    void anything_changed_or_missing_is_refused() {
        assertThat(TwilioSignature.isValid(new ChannelSecret("54321"), URL, PARAMS, Optional.of(PUBLISHED))).isFalse();
        assertThat(TwilioSignature.isValid(TOKEN, URL.replace("foo=1", "foo=2"), PARAMS, Optional.of(PUBLISHED))).isFalse();
        Map<String, List<String>> tampered = new java.util.HashMap<>(PARAMS);
        tampered.put("Digits", List.of("9999"));
        assertThat(TwilioSignature.isValid(TOKEN, URL, tampered, Optional.of(PUBLISHED))).isFalse();
        assertThat(TwilioSignature.isValid(TOKEN, URL, PARAMS, Optional.empty())).isFalse();
        assertThat(TwilioSignature.isValid(TOKEN, URL, PARAMS, Optional.of("  "))).isFalse();
        assertThat(TwilioSignature.isValid(TOKEN, URL, PARAMS, Optional.of("not base64!"))).isFalse();
    }
}
