package io.chatnation.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CredentialsTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    @Test
    void a_fresh_refresh_token_is_usable_until_it_expires() {
        RefreshToken token = token(Optional.empty(), Optional.empty());
        assertThat(token.assess(NOW)).isInstanceOf(RefreshToken.Usable.class);
        assertThat(token.assess(NOW.plus(Duration.ofDays(30)))).isInstanceOf(RefreshToken.Expired.class);
    }

    @Test
    void presenting_a_rotated_token_again_names_its_family_for_revocation() {
        RefreshToken rotated = token(Optional.of(NOW.minusSeconds(5)), Optional.empty());
        assertThat(rotated.assess(NOW)).isEqualTo(new RefreshToken.ReusedAfterRotation(rotated.familyId()));
    }

    @Test
    void a_revoked_token_stays_revoked_even_if_it_was_also_rotated() {
        assertThat(token(Optional.of(NOW.minusSeconds(9)), Optional.of(NOW.minusSeconds(5))).assess(NOW))
                .isInstanceOf(RefreshToken.Revoked.class);
    }

    @Test
    void api_keys_parse_only_in_their_exact_shape_and_never_print_their_secret() {
        String secret = "A".repeat(43);
        ApiKeyToken key = ApiKeyToken.parse("cn_abcdef123456_" + secret).orElseThrow();
        assertThat(key.prefix()).isEqualTo("abcdef123456");
        assertThat(key.presented()).isEqualTo("cn_abcdef123456_" + secret);
        assertThat(key.toString()).doesNotContain(secret).endsWith("****");
        assertThat(ApiKeyToken.parse("cn_short_" + secret)).isEmpty();
        assertThat(ApiKeyToken.parse("cn_abcdef123456_" + secret + "x")).isEmpty();
        assertThat(ApiKeyToken.parse(null)).isEmpty();
        assertThat(ApiKeyToken.looksLikeOne("eyJhbGciOi")).isFalse();
    }

    @Test
    void secret_digests_match_only_their_secret() {
        SecretDigest digest = SecretDigest.of("s3cret-value");
        assertThat(digest.matches("s3cret-value")).isTrue();
        assertThat(digest.matches("s3cret-valuE")).isFalse();
        assertThat(digest.hex()).hasSize(64).doesNotContain("s3cret");
    }

    @Test
    void new_passwords_follow_the_length_policy_but_sign_in_candidates_do_not() {
        assertThatThrownBy(() -> PlainPassword.of("password", "short")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("at least 10");
        assertThatThrownBy(() -> PlainPassword.of("password", "x".repeat(129))).isInstanceOf(InvalidInput.class);
        assertThat(PlainPassword.candidate("password", "short").reveal()).isEqualTo("short");
        assertThat(PlainPassword.of("password", "correct horse battery").toString()).doesNotContain("horse");
    }

    private static RefreshToken token(Optional<Instant> rotatedAt, Optional<Instant> revokedAt) {
        return new RefreshToken(UUID.randomUUID(), UUID.randomUUID(), new OrgId(UUID.randomUUID()),
                new UserId(UUID.randomUUID()), SecretDigest.of("x"), NOW.minus(Duration.ofHours(1)),
                NOW.plus(Duration.ofDays(14)), rotatedAt, revokedAt);
    }
}
