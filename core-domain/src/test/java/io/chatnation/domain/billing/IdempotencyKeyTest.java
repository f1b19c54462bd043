package io.chatnation.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chatnation.domain.shared.InvalidInput;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdempotencyKeyTest {

    @Test
    void keys_are_short_printable_names() {
        assertThat(IdempotencyKey.in("campaign", "42:chunk:7").value()).isEqualTo("campaign:42:chunk:7");
        assertThat(new IdempotencyKey("request:5f0c-Ab_.+/=@").value()).isEqualTo("request:5f0c-Ab_.+/=@");
        for (String bad : new String[] {"", " ", "has space", ":leading", "x".repeat(201), "semi;colon", "new\nline"}) {
            assertThatThrownBy(() -> new IdempotencyKey(bad)).as(bad).isInstanceOf(InvalidInput.class);
        }
    }

    @Test
    void memos_are_bounded_and_foreign_text_is_cleaned_not_refused() {
        assertThat(Memo.required("reason", "  Goodwill ").value()).isEqualTo("Goodwill");
        assertThatThrownBy(() -> Memo.required("reason", " ")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Memo.optional("note", "a\u0007b")).isInstanceOf(InvalidInput.class);
        assertThat(Memo.cleaned("Bundle\u0000 M " + "é".repeat(600)).value()).startsWith("Bundle M").hasSize(500);
    }

    @Test
    void a_usage_period_is_at_most_a_year_and_runs_forwards() {
        LocalDate day = LocalDate.of(2026, 1, 1);
        assertThat(UsagePeriod.lastDays(day, 30).from()).isEqualTo(LocalDate.of(2025, 12, 3));
        assertThatThrownBy(() -> new UsagePeriod(day, day.minusDays(1))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new UsagePeriod(day, day.plusDays(366))).isInstanceOf(InvalidInput.class);
        assertThat(new UsagePeriod(day, day.plusDays(365)).to()).isEqualTo(LocalDate.of(2027, 1, 1));
    }
}
