package io.chatnation.adapter.persistence.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chatnation.domain.messaging.ChannelSecret;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

    static final String KEY = "a-long-enough-key-phrase-for-the-tests-0123456789";
    final SecretCipher cipher = new SecretCipher(KEY);

    @Test
    void a_sealed_secret_opens_with_the_same_key_and_owner_and_does_not_contain_the_plain_text() {
        UUID owner = UUID.randomUUID();
        byte[] sealed = cipher.seal(new ChannelSecret("EAAG-token"), owner);

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("EAAG-token");
        assertThat(cipher.open(sealed, owner).value()).isEqualTo("EAAG-token");
        assertThat(cipher.seal(new ChannelSecret("EAAG-token"), owner)).as("a fresh nonce each time").isNotEqualTo(sealed);
    }

    @Test
    void another_key_or_another_row_cannot_open_it() {
        UUID owner = UUID.randomUUID();
        byte[] sealed = cipher.seal(new ChannelSecret("EAAG-token"), owner);

        assertThatThrownBy(() -> new SecretCipher(KEY + "x").open(sealed, owner)).isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("EAAG");
        assertThatThrownBy(() -> cipher.open(sealed, UUID.randomUUID())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_short_key_is_refused_at_start() {
        assertThatThrownBy(() -> new SecretCipher("short")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("chatnation.secrets.key");
    }
}
