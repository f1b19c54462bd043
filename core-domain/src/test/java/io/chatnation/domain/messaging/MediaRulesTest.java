package io.chatnation.domain.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MediaRulesTest {

    private final MediaRules rules = MediaRules.whatsApp();

    @Test
    void each_kind_has_whatsapps_own_ceiling() {
        assertThat(rules.maxBytes(MediaKind.IMAGE)).isEqualTo(5L * 1024 * 1024);
        assertThat(rules.maxBytes(MediaKind.AUDIO)).isEqualTo(16L * 1024 * 1024);
        assertThat(rules.maxBytes(MediaKind.VIDEO)).isEqualTo(16L * 1024 * 1024);
        assertThat(rules.maxBytes(MediaKind.DOCUMENT)).isEqualTo(100L * 1024 * 1024);
        assertThat(rules.maxBytes(MediaKind.STICKER)).isEqualTo(500L * 1024);
    }

    @Test
    void types_are_compared_without_parameters_or_case_and_only_for_their_own_kind() {
        assertThat(rules.allows(MediaKind.AUDIO, "audio/ogg; codecs=opus")).isTrue();
        assertThat(rules.allows(MediaKind.IMAGE, " IMAGE/JPEG ")).isTrue();
        assertThat(rules.allows(MediaKind.STICKER, "image/jpeg")).isFalse();
        assertThat(rules.allows(MediaKind.DOCUMENT, "application/pdf")).isTrue();
    }

    @Test
    void nothing_a_browser_would_run_is_allowed_for_any_kind() {
        for (MediaKind kind : MediaKind.values()) {
            for (String type : new String[] {"text/html", "image/svg+xml", "application/xhtml+xml",
                    "application/javascript", "text/xml", "", "application/octet-stream"}) {
                assertThat(rules.allows(kind, type)).as(kind + " " + type).isFalse();
            }
        }
    }

    @Test
    void limits_can_be_lowered_but_never_left_out() {
        assertThat(rules.withMaxBytes(Map.of(MediaKind.DOCUMENT, 10L)).maxBytes(MediaKind.DOCUMENT)).isEqualTo(10);
        assertThatThrownBy(() -> rules.withMaxBytes(Map.of(MediaKind.IMAGE, 0L)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void only_fetched_media_carries_a_storage_key_size_and_hash() {
        MessageId message = new MessageId(UUID.randomUUID());
        assertThatThrownBy(() -> new StoredMedia(message, MediaKind.IMAGE, MediaFetchStatus.TOO_LARGE, new MediaId("1"),
                "image/jpeg", Optional.of("orgs/x/media/y"), Optional.of(1L), Optional.of("ab"), Optional.empty(),
                Optional.empty(), Optional.empty(), Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StoredMedia(message, MediaKind.IMAGE, MediaFetchStatus.FETCHED, new MediaId("1"),
                "image/jpeg", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
    }
}
