package io.chatnation.adapter.whatsapp.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import io.chatnation.domain.messaging.ChannelSecret;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final byte[] TEST = "test".getBytes(StandardCharsets.UTF_8);

    @Test
    void matches_the_published_test_vector() {
        assertThat(WebhookSignature.sign(new ChannelSecret("secret"), TEST))
                .isEqualTo("sha256=0329a06b62cd16b33eb6792be8c60b158d89a2ee3a876fce9a881ebb488c0914");
    }

    @Test
    void a_signature_from_the_vector_checks_out_in_either_letter_case() {
        ChannelSecret secret = new ChannelSecret("secret");

        assertThat(WebhookSignature.check(secret, TEST,
                Optional.of("sha256=0329a06b62cd16b33eb6792be8c60b158d89a2ee3a876fce9a881ebb488c0914")))
                .isEqualTo(WebhookSignature.Check.VALID);
        assertThat(WebhookSignature.check(secret, TEST,
                Optional.of("sha256=0329A06B62CD16B33EB6792BE8C60B158D89A2EE3A876FCE9A881EBB488C0914")))
                .isEqualTo(WebhookSignature.Check.VALID);
    }

    @Test
    void says_why_a_signature_fails() {
        ChannelSecret secret = new ChannelSecret("secret");

        assertThat(WebhookSignature.check(secret, TEST, Optional.empty())).isEqualTo(WebhookSignature.Check.MISSING);
        assertThat(WebhookSignature.check(secret, TEST, Optional.of(" "))).isEqualTo(WebhookSignature.Check.MISSING);
        assertThat(WebhookSignature.check(secret, TEST, Optional.of("sha256=abc"))).isEqualTo(WebhookSignature.Check.MALFORMED);
        assertThat(WebhookSignature.check(secret, "test2".getBytes(StandardCharsets.UTF_8),
                Optional.of("sha256=0329a06b62cd16b33eb6792be8c60b158d89a2ee3a876fce9a881ebb488c0914")))
                .isEqualTo(WebhookSignature.Check.MISMATCH);
        assertThat(WebhookSignature.check(new ChannelSecret("other"), TEST,
                Optional.of("sha256=0329a06b62cd16b33eb6792be8c60b158d89a2ee3a876fce9a881ebb488c0914")))
                .isEqualTo(WebhookSignature.Check.MISMATCH);
    }
}
