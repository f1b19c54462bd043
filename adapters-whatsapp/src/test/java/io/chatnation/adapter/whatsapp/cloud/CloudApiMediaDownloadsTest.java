package io.chatnation.adapter.whatsapp.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import io.chatnation.adapter.whatsapp.cloud.fake.FakeCloudApi;
import io.chatnation.domain.messaging.BusinessNumberId;
import io.chatnation.domain.messaging.ChannelFailure;
import io.chatnation.domain.messaging.ChannelSecret;
import io.chatnation.domain.messaging.MediaId;
import io.chatnation.ports.messaging.out.MediaDownloads;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CloudApiMediaDownloadsTest {

    private static final String NUMBER_ID = "106540352242922";
    private static final String TOKEN = "EAAG-access-token-of-the-org";
    private static final byte[] PHOTO = "\u00ff\u00d8\u00ff not really a jpeg".getBytes(StandardCharsets.ISO_8859_1);

    private final HttpClient http = HttpClient.newHttpClient();
    private FakeCloudApi fake;

    @BeforeEach
    void start() {
        fake = FakeCloudApi.builder().start()
                .addNumber(NUMBER_ID, "15550783881", "102290129340398", TOKEN)
                .addMedia("1479537139650973", PHOTO, "image/jpeg");
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private MediaDownloads downloads(String token, long limit) {
        return new CloudApiMediaDownloads(CloudApiSettings.forNumber(new BusinessNumberId(NUMBER_ID), new ChannelSecret(token))
                .withBaseUri(fake.baseUri()).withMaxMediaBytes(limit), http);
    }

    @Test
    void fetches_the_url_then_the_bytes_with_the_bearer_and_hashes_them() {
        MediaDownloads.Download download = downloads(TOKEN, 1024).download(new MediaId("1479537139650973"));

        assertThat(download).isInstanceOfSatisfying(MediaDownloads.Downloaded.class, media -> {
            assertThat(media.content()).isEqualTo(PHOTO);
            assertThat(media.mimeType()).isEqualTo("image/jpeg");
            // sha256 of the bytes, computed independently of the adapter
            assertThat(media.sha256()).isEqualTo(sha256Hex(PHOTO));
        });
    }

    @Test
    void media_announced_larger_than_the_limit_is_not_downloaded() {
        assertThat(downloads(TOKEN, PHOTO.length - 1).download(new MediaId("1479537139650973")))
                .isEqualTo(new MediaDownloads.TooLarge(PHOTO.length - 1));
    }

    @Test
    void media_of_unannounced_size_is_cut_off_at_the_limit() {
        fake.announceMediaSizes(false);
        byte[] big = new byte[300_000];
        Arrays.fill(big, (byte) 7);
        fake.addMedia("big", big, "video/mp4");

        assertThat(downloads(TOKEN, 100_000).download(new MediaId("big"))).isEqualTo(new MediaDownloads.TooLarge(100_000));
        assertThat(downloads(TOKEN, 300_000).download(new MediaId("big"))).isInstanceOf(MediaDownloads.Downloaded.class);
    }

    @Test
    void a_limit_asked_for_one_download_applies_beneath_the_configured_ceiling_and_stops_before_the_file() {
        MediaDownloads downloads = downloads(TOKEN, 1024);

        assertThat(downloads.download(new MediaId("1479537139650973"), PHOTO.length - 1))
                .isEqualTo(new MediaDownloads.TooLarge(PHOTO.length - 1));
        assertThat(fake.mediaFileRequests("1479537139650973")).isZero();
        assertThat(downloads.download(new MediaId("1479537139650973"), 1_000_000))
                .isInstanceOf(MediaDownloads.Downloaded.class);
        assertThat(fake.mediaFileRequests("1479537139650973")).isEqualTo(1);
    }

    @Test
    void an_unknown_media_id_fails_for_good() {
        assertThat(downloads(TOKEN, 1024).download(new MediaId("expired-id")))
                .isInstanceOfSatisfying(MediaDownloads.Failed.class, failed -> {
                    assertThat(failed.failure().code()).isEqualTo("100");
                    assertThat(failed.failure().isRetryable()).isFalse();
                });
    }

    @Test
    void an_invalid_token_alerts_the_organisation() {
        assertThat(downloads("EAAG-revoked", 1024).download(new MediaId("1479537139650973")))
                .isInstanceOfSatisfying(MediaDownloads.Failed.class, failed ->
                        assertThat(failed.failure().alert()).contains(ChannelFailure.Alert.ACCESS_TOKEN_INVALID));
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            StringBuilder hex = new StringBuilder();
            for (byte b : java.security.MessageDigest.getInstance("SHA-256").digest(bytes)) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
