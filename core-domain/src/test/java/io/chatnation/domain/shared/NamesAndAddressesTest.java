package io.chatnation.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NamesAndAddressesTest {

    @Test
    void names_keep_any_script_and_sql_or_html_metacharacters_verbatim() {
        assertThat(DisplayName.of("name", "  Robert'); DROP TABLE organizations;--  ").value())
                .isEqualTo("Robert'); DROP TABLE organizations;--");
        assertThat(DisplayName.of("name", "<script>alert(1)</script>").value()).isEqualTo("<script>alert(1)</script>");
        assertThat(DisplayName.of("name", "Wanjiků Mũthoni").value()).isEqualTo("Wanjiků Mũthoni");
        assertThat(DisplayName.of("name", "کاربر\u200Cنمونه").value()).contains("\u200C");
        assertThat(DisplayName.of("name", "Family \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67").value()).contains("\u200D");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bad\u0000Name", "Two\nLines", "Tab\tName", "Line\u2028Separator", "Para\u2029Graph",
            "evil\u202Egnp.exe", "isolate\u2066x\u2069"})
    void names_refuse_control_line_breaking_and_bidi_override_characters(String raw) {
        assertThatThrownBy(() -> DisplayName.of("name", raw))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("control characters");
    }

    @Test
    void name_length_counts_characters_not_utf16_units() {
        String emoji = "\uD83D\uDE00";
        assertThat(DisplayName.of("name", emoji.repeat(DisplayName.MAX_LENGTH)).value()).hasSize(2 * DisplayName.MAX_LENGTH);
        assertThatThrownBy(() -> DisplayName.of("name", "x".repeat(DisplayName.MAX_LENGTH + 1)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("at most 120");
        assertThatThrownBy(() -> DisplayName.of("name", "   ")).isInstanceOf(InvalidInput.class).hasMessageContaining("required");
    }

    @Test
    void email_addresses_are_trimmed_and_lower_cased() {
        assertThat(new EmailAddress("  Admin@Health.GO.ke ").value()).isEqualTo("admin@health.go.ke");
        assertThat(new EmailAddress("a.b+tag@sub.example.org").value()).isEqualTo("a.b+tag@sub.example.org");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "no-domain@", "@no-local.com", "two@@at.com", "space in@x.com", "a@b.c",
            "nul\u0000@x.com", "bell\u0007@x.com", "<a@x.com>", "a@x.com; b@y.com"})
    void malformed_email_addresses_are_refused(String raw) {
        assertThatThrownBy(() -> new EmailAddress(raw)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void overlong_email_addresses_are_refused() {
        String local = "x".repeat(250);
        assertThatThrownBy(() -> new EmailAddress(local + "@x.com")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("at most 254");
    }

    @Test
    void a_truncated_user_agent_never_ends_in_half_a_surrogate_pair() {
        String agent = "a".repeat(511) + "\uD83D\uDE00" + "tail";
        String kept = RequestOrigin.of("10.0.0.1", agent).userAgent().orElseThrow();
        assertThat(kept.codePointCount(0, kept.length())).isEqualTo(512);
        assertThat(Character.isHighSurrogate(kept.charAt(kept.length() - 1))).isFalse();
        assertThat(kept).endsWith("\uD83D\uDE00");
        assertThat(RequestOrigin.of(null, "short").userAgent()).contains("short");
        assertThat(RequestOrigin.none().ipAddress()).isEqualTo(Optional.empty());
    }
}
