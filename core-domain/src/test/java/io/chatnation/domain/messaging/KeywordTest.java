package io.chatnation.domain.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chatnation.domain.shared.InvalidInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class KeywordTest {

    @ParameterizedTest
    @ValueSource(strings = {"menu", "MENU", " Menu ", "menú", "MENÚ!", "menu."})
    void a_keyword_matches_the_whole_message_whatever_its_case_accents_and_spaces(String text) {
        assertThat(Keyword.of("MENU").matches(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"menus", "the menu", "menu please", "", "   "})
    void a_keyword_does_not_match_a_message_that_only_contains_it(String text) {
        assertThat(Keyword.of("MENU").matches(text)).isFalse();
    }

    @Test
    void keywords_a_contact_could_not_type_apart_are_equal() {
        assertThat(Keyword.of("Café  au lait")).isEqualTo(Keyword.of("CAFE AU LAIT"));
        assertThat(Keyword.of("acha").value()).isEqualTo("ACHA");
    }

    @Test
    void a_keyword_needs_a_letter_or_digit_and_fits_forty_characters() {
        assertThatThrownBy(() -> Keyword.of(" ")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Keyword.of("!!")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Keyword.of("x".repeat(41))).isInstanceOf(InvalidInput.class);
        assertThat(Keyword.in("x".repeat(41))).isEmpty();
    }
}
