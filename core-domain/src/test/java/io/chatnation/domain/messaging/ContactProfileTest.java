package io.chatnation.domain.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chatnation.domain.shared.InvalidInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContactProfileTest {

    private static void rejected(Runnable build, String field, String words) {
        assertThatThrownBy(build::run).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.errors().get(0).field()).isEqualTo(field);
            assertThat(e.errors().get(0).message()).contains(words);
        });
    }

    @Test
    void blank_parts_are_absent_and_labels_are_sorted_without_repeats() {
        ContactProfile p = new ContactProfile(Optional.of("  "), Optional.of("sw"), Set.of("vip", "b", " vip"), Map.of(),
                Optional.of(""));
        assertThat(p.name()).isEmpty();
        assertThat(p.notes()).isEmpty();
        assertThat(p.labels()).containsExactly("b", "vip");
    }

    @Test
    void every_part_is_bounded_and_named_when_it_is_not() {
        rejected(() -> new ContactProfile(Optional.of("x".repeat(257)), null, null, null, null), "name", "256");
        rejected(() -> new ContactProfile(null, Optional.of("Swahili"), null, null, null), "language", "language code");
        rejected(() -> new ContactProfile(null, null, Set.of("<script>"), null, null), "labels", "label");
        rejected(() -> new ContactProfile(null, null, null, Map.of("1st", "x"), null), "customFields", "start with a letter");
        rejected(() -> new ContactProfile(null, null, null, Map.of("bio", "x".repeat(9000)), null), "customFields", "bytes");
        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 0; i < 51; i++) {
            many.put("f" + i, "v");
        }
        rejected(() -> new ContactProfile(null, null, null, many, null), "customFields", "at most 50");
        rejected(() -> new ContactProfile(null, null, null, null, Optional.of("n".repeat(4001))), "notes", "4000");
    }

    @Test
    void a_column_mapping_reads_key_column_pairs_with_defaults() {
        ColumnMapping m = ColumnMapping.parse(new LinkedHashMap<>(Map.of("phone", "Mobile", "custom.city", "Town")));
        assertThat(m.phone()).isEqualTo("Mobile");
        assertThat(m.name()).contains("name");
        assertThat(m.customFields()).containsEntry("city", "Town");
        rejected(() -> ColumnMapping.parse(Map.of("colour", "Red")), "mapping.colour", "not one of");
        rejected(() -> ColumnMapping.parse(Map.of("phone", " ")), "mapping.phone", "column name");
        assertThat(List.of(DuplicatePolicy.parse("x", null), DuplicatePolicy.parse("x", "SKIP")))
                .containsExactly(DuplicatePolicy.UPDATE, DuplicatePolicy.SKIP);
        rejected(() -> PhoneRegion.parse("region", "Kenya"), "region", "two-letter");
        assertThat(PhoneRegion.parse("region", " ke ").code()).isEqualTo("KE");
    }
}
