package io.chatnation.adapter.web.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StrictStringDeserializerTest {

    @Test
    void any_script_emoji_quotes_and_markup_pass_unchanged() throws Exception {
        for (String text : new String[] {"Acme", "Wanjiku Kamau", "محمد", "東京", "🇰🇪 🎉", "Robert'); DROP TABLE x;--",
                "<script>alert(1)</script>", "back\\slash \"quoted\"", ""}) {
            assertThat(StrictStringDeserializer.checked(text)).isEqualTo(text);
        }
    }

    @Test
    void tabs_and_line_breaks_are_text() throws Exception {
        assertThat(StrictStringDeserializer.checked("line one\r\nline two\tend")).isEqualTo("line one\r\nline two\tend");
    }

    @Test
    void other_control_characters_are_refused() {
        for (String text : new String[] {"a\u0000b", "bell\u0007", "esc\u001b[31m", "del\u007f", "c1\u0085"}) {
            assertThatThrownBy(() -> StrictStringDeserializer.checked(text)).as(text)
                    .isInstanceOf(JsonTypeMismatch.class).hasMessage("must not contain control characters");
        }
    }

    @Test
    void unpaired_surrogates_are_refused_but_pairs_are_not() throws Exception {
        assertThatThrownBy(() -> StrictStringDeserializer.checked("half \ud83c")).hasMessageContaining("unpaired surrogate");
        assertThatThrownBy(() -> StrictStringDeserializer.checked("\udf89 low first")).hasMessageContaining("unpaired surrogate");
        assertThatThrownBy(() -> StrictStringDeserializer.checked("\ud83c\ud83c")).hasMessageContaining("unpaired surrogate");
        assertThat(StrictStringDeserializer.checked("\ud83c\udf89")).isEqualTo("🎉");
    }
}
