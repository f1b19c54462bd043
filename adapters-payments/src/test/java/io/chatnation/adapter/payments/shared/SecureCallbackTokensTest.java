package io.chatnation.adapter.payments.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecureCallbackTokensTest {

    final SecureCallbackTokens tokens = new SecureCallbackTokens();

    @Test
    void minted_tokens_are_distinct_url_safe_and_recognised() {
        Set<String> minted = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String token = tokens.next();
            assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
            assertThat(tokens.couldBeOne(token)).isTrue();
            minted.add(token);
        }
        assertThat(minted).hasSize(100);
    }

    @Test
    void anything_else_could_not_have_been_minted() {
        assertThat(tokens.couldBeOne(null)).isFalse();
        assertThat(tokens.couldBeOne("short")).isFalse();
        assertThat(tokens.couldBeOne("A".repeat(44))).isFalse();
        assertThat(tokens.couldBeOne("A".repeat(42) + "=")).isFalse();
        assertThat(tokens.couldBeOne("A".repeat(42) + "/")).isFalse();
    }
}
