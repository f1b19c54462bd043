package io.chatnation.adapter.whatsapp.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import io.chatnation.adapter.whatsapp.twilio.fake.FakeTwilio;
import io.chatnation.domain.messaging.BusinessNumberId;
import io.chatnation.domain.messaging.ChannelAccount;
import io.chatnation.domain.messaging.ChannelAccountId;
import io.chatnation.domain.messaging.ChannelCredentials;
import io.chatnation.domain.messaging.ChannelFailure;
import io.chatnation.domain.messaging.ChannelProvider;
import io.chatnation.domain.messaging.ChannelSecret;
import io.chatnation.domain.messaging.LanguageCode;
import io.chatnation.domain.messaging.MediaId;
import io.chatnation.domain.messaging.MediaKind;
import io.chatnation.domain.messaging.MediaSource;
import io.chatnation.domain.messaging.OutboundContent;
import io.chatnation.domain.messaging.OutboundMessage;
import io.chatnation.domain.messaging.SendOutcome;
import io.chatnation.domain.messaging.TemplateComponent;
import io.chatnation.domain.messaging.TemplateName;
import io.chatnation.domain.messaging.TemplateParameter;
import io.chatnation.domain.messaging.TwilioAccountSid;
import io.chatnation.domain.messaging.WebhookKey;
import io.chatnation.domain.messaging.WhatsAppIdentity;
import io.chatnation.domain.shared.PhoneNumber;
import io.chatnation.ports.messaging.out.MediaDownloads;
import io.chatnation.ports.messaging.out.MessageChannel;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TwilioChannelTest {

    private static final String SID = "AC" + "0123456789abcdef0123456789abcdef";
    private static final String TOKEN = "auth-token-" + UUID.randomUUID();
    private static final FakeTwilio FAKE = FakeTwilio.start().addAccount(SID, TOKEN);
    private static final TwilioChannels CHANNELS = new TwilioChannels(FAKE.baseUri(), Duration.ofSeconds(5),
            HttpClient.newHttpClient());
    private static final ChannelAccount ACCOUNT = new ChannelAccount(new ChannelAccountId(UUID.randomUUID()),
            ChannelProvider.TWILIO, new BusinessNumberId("+14155238886"), Optional.empty(),
            new PhoneNumber("+14155238886"), new WebhookKey("k" + "x".repeat(40)), UUID.randomUUID(), Instant.now());
    private static final WhatsAppIdentity USER = WhatsAppIdentity.ofPhone(new PhoneNumber("+254712345678"));

    @AfterAll
    static void stop() {
        FAKE.close();
    }

    private static MessageChannel channel(String token) {
        return CHANNELS.connect(ACCOUNT, new ChannelCredentials.Twilio(new TwilioAccountSid(SID), new ChannelSecret(token)));
    }

    private static FakeTwilio.SentMessage last() {
        List<FakeTwilio.SentMessage> sent = FAKE.sent();
        return sent.get(sent.size() - 1);
    }

    @Test
    void text_goes_form_encoded_with_whatsapp_addresses_and_the_sid_comes_back() {
        SendOutcome outcome = channel(TOKEN).send(OutboundMessage.to(USER, OutboundContent.TextMessage.of("Habari & karibu")));

        assertThat(outcome).isInstanceOf(SendOutcome.Accepted.class);
        FakeTwilio.SentMessage sent = last();
        assertThat(((SendOutcome.Accepted) outcome).messageId().value()).isEqualTo(sent.sid()).startsWith("SM");
        assertThat(sent.from()).isEqualTo("whatsapp:+14155238886");
        assertThat(sent.to()).isEqualTo("whatsapp:+254712345678");
        assertThat(sent.body()).contains("Habari & karibu");
    }

    @Test
    void media_goes_as_media_url_with_the_caption_as_body_and_templates_as_content_sid_and_variables() {
        channel(TOKEN).send(OutboundMessage.to(USER, new OutboundContent.Media(MediaKind.IMAGE,
                MediaSource.link("media.link", "https://cdn.example.com/ticket.png"), Optional.of("Your ticket"),
                Optional.empty())));
        FakeTwilio.SentMessage media = last();
        channel(TOKEN).send(OutboundMessage.to(USER, new OutboundContent.Template(
                new TemplateName("hx0123456789abcdef0123456789abcdef"), new LanguageCode("en"),
                List.of(new TemplateComponent.Body(List.of(new TemplateParameter.TextValue("Jane"),
                        new TemplateParameter.TextValue("12 May")))))));
        FakeTwilio.SentMessage template = last();

        assertThat(media.form()).containsEntry("MediaUrl", "https://cdn.example.com/ticket.png")
                .containsEntry("Body", "Your ticket");
        assertThat(template.form()).containsEntry("ContentSid", "HX0123456789abcdef0123456789abcdef")
                .containsEntry("ContentVariables", "{\"1\":\"Jane\",\"2\":\"12 May\"}").doesNotContainKey("Body");
    }

    @Test
    void a_template_not_named_by_its_content_sid_is_refused_without_calling_twilio() {
        int before = FAKE.sent().size();

        SendOutcome outcome = channel(TOKEN).send(OutboundMessage.to(USER, new OutboundContent.Template(
                new TemplateName("ticket_ready"), new LanguageCode("en"), List.of())));

        assertThat(((SendOutcome.Failed) outcome).failure().isRetryable()).isFalse();
        assertThat(FAKE.sent()).hasSize(before);
    }

    @Test
    void a_wrong_auth_token_is_a_permanent_failure_that_alerts_the_organisation() {
        SendOutcome outcome = channel("wrong-token").send(OutboundMessage.to(USER, OutboundContent.TextMessage.of("hi")));

        ChannelFailure failure = ((SendOutcome.Failed) outcome).failure();
        assertThat(failure.code()).isEqualTo("20003");
        assertThat(failure.isRetryable()).isFalse();
        assertThat(failure.alert()).contains(ChannelFailure.Alert.ACCESS_TOKEN_INVALID);
    }

    @ParameterizedTest
    @CsvSource({
            "429, 20429, true", "503, 20503, true", "500, 0, true", "502, 0, true",
            "400, 21211, false", "400, 21408, false", "400, 21610, false", "400, 63016, false"})
    void twilio_errors_are_classified_for_retry(int status, int code, boolean retryable) {
        FAKE.failNextSend(status, code, "Twilio error " + code);

        SendOutcome outcome = channel(TOKEN).send(OutboundMessage.to(USER, OutboundContent.TextMessage.of("hi")));

        ChannelFailure failure = ((SendOutcome.Failed) outcome).failure();
        assertThat(failure.isRetryable()).isEqualTo(retryable);
        assertThat(failure.code()).isEqualTo(code == 0 ? "http_" + status : Integer.toString(code));
    }

    @Test
    void media_is_fetched_with_basic_auth_through_the_redirect_within_the_size_limit() {
        byte[] photo = "a photo".getBytes(StandardCharsets.UTF_8);
        String url = FAKE.addMedia(SID, "ME" + UUID.randomUUID().toString().replace("-", ""), photo, "image/jpeg");
        ChannelCredentials.Twilio credentials = new ChannelCredentials.Twilio(new TwilioAccountSid(SID),
                new ChannelSecret(TOKEN));

        MediaDownloads.Download fetched = CHANNELS.mediaDownloads(credentials, 1024).download(new MediaId(url));
        MediaDownloads.Download tooLarge = CHANNELS.mediaDownloads(credentials, 3).download(new MediaId(url));
        MediaDownloads.Download foreign = CHANNELS.mediaDownloads(credentials, 1024)
                .download(new MediaId("https://evil.example.com/steal"));

        assertThat(fetched).isInstanceOf(MediaDownloads.Downloaded.class);
        MediaDownloads.Downloaded downloaded = (MediaDownloads.Downloaded) fetched;
        assertThat(downloaded.content()).isEqualTo(photo);
        assertThat(downloaded.mimeType()).isEqualTo("image/jpeg");
        assertThat(downloaded.sha256()).hasSize(64);
        assertThat(tooLarge).isEqualTo(new MediaDownloads.TooLarge(3));
        assertThat(foreign).isInstanceOf(MediaDownloads.Failed.class);
    }
}
