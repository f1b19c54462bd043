package io.chatnation.adapter.whatsapp.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import io.chatnation.domain.messaging.ChannelSecret;
import io.chatnation.ports.messaging.out.ChannelWebhooks;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VerificationHandshakeTest {

    private static final ChannelSecret TOKEN = new ChannelSecret("our-verify-token");
    private final ChannelWebhooks webhooks = new CloudApiWebhooks();

    @Test
    void echoes_the_challenge_to_a_subscription_with_our_token() {
        assertThat(webhooks.answerHandshake(Map.of("hub.mode", "subscribe", "hub.verify_token", "our-verify-token",
                "hub.challenge", "1158201444"), TOKEN))
                .isEqualTo(new ChannelWebhooks.Confirmed("1158201444"));
    }

    @Test
    void refuses_a_wrong_verify_token() {
        assertThat(webhooks.answerHandshake(Map.of("hub.mode", "subscribe", "hub.verify_token", "guess",
                "hub.challenge", "1158201444"), TOKEN))
                .isInstanceOfSatisfying(ChannelWebhooks.Refused.class, r -> assertThat(r.reason()).contains("verify_token"));
    }

    @Test
    void refuses_a_missing_token_another_mode_or_no_challenge() {
        assertThat(webhooks.answerHandshake(Map.of("hub.mode", "subscribe", "hub.challenge", "1"), TOKEN))
                .isInstanceOf(ChannelWebhooks.Refused.class);
        assertThat(webhooks.answerHandshake(Map.of("hub.mode", "unsubscribe", "hub.verify_token", "our-verify-token",
                "hub.challenge", "1"), TOKEN)).isInstanceOf(ChannelWebhooks.Refused.class);
        assertThat(webhooks.answerHandshake(Map.of("hub.mode", "subscribe", "hub.verify_token", "our-verify-token"), TOKEN))
                .isInstanceOf(ChannelWebhooks.Refused.class);
    }

    @Test
    void does_not_echo_markup_back() {
        assertThat(webhooks.answerHandshake(Map.of("hub.mode", "subscribe", "hub.verify_token", "our-verify-token",
                "hub.challenge", "<script>alert(1)</script>"), TOKEN))
                .isInstanceOf(ChannelWebhooks.Refused.class);
    }
}
