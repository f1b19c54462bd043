package io.chatnation.domain.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.PhoneNumber;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChannelAccountTest {

    private static final WebhookKey KEY = new WebhookKey("k".repeat(40));

    private static ChannelAccount account(ChannelProvider provider, Optional<BusinessAccountId> waba) {
        return new ChannelAccount(new ChannelAccountId(UUID.randomUUID()), provider, new BusinessNumberId("+254700000000"),
                waba, new PhoneNumber("+254700000000"), KEY, UUID.randomUUID(), Instant.EPOCH);
    }

    @Test
    void a_cloud_api_number_needs_its_business_account_the_others_have_none() {
        assertThatThrownBy(() -> account(ChannelProvider.WHATSAPP_CLOUD, Optional.empty()))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("wabaId");
        assertThat(account(ChannelProvider.TWILIO, Optional.empty()).wabaId()).isEmpty();
        assertThat(account(ChannelProvider.SANDBOX, Optional.empty()).carries(new BusinessNumberId("+254700000000"))).isTrue();
    }

    @Test
    void providers_parse_by_their_code_and_an_unknown_one_names_the_choices() {
        assertThat(ChannelProvider.parse("provider", " Twilio ")).isEqualTo(ChannelProvider.TWILIO);
        assertThat(ChannelProvider.parse("provider", "sandbox")).isEqualTo(ChannelProvider.SANDBOX);
        assertThatThrownBy(() -> ChannelProvider.parse("provider", "telegram"))
                .hasMessageContaining("whatsapp_cloud, twilio, sandbox");
    }

    @Test
    void credentials_say_their_provider_and_what_signs_their_webhooks_without_printing_secrets() {
        var twilio = new ChannelCredentials.Twilio(new TwilioAccountSid("AC0123456789abcdef0123456789abcdef"),
                new ChannelSecret("token-value"));
        var cloud = new ChannelCredentials.CloudApi(new ChannelSecret("a"), new ChannelSecret("app-secret"),
                new ChannelSecret("v"));

        assertThat(twilio.provider()).isEqualTo(ChannelProvider.TWILIO);
        assertThat(twilio.webhookSigningSecret()).contains(new ChannelSecret("token-value"));
        assertThat(cloud.webhookSigningSecret()).contains(new ChannelSecret("app-secret"));
        assertThat(new ChannelCredentials.Sandbox().webhookSigningSecret()).isEmpty();
        assertThat(twilio.toString()).doesNotContain("token-value");
        assertThatThrownBy(() -> new TwilioAccountSid("SK0123456789abcdef0123456789abcdef"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("accountSid");
    }
}
