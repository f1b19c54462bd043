package io.chatnation.adapter.formats.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chatnation.ports.messaging.out.ContactSheets;
import io.chatnation.ports.messaging.out.ContactSheets.SheetRow;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommonsCsvContactSheetsTest {

    private final CommonsCsvContactSheets sheets = new CommonsCsvContactSheets();

    private List<SheetRow> read(byte[] bytes) {
        List<SheetRow> rows = new ArrayList<>();
        sheets.read(new ByteArrayInputStream(bytes), rows::add);
        return rows;
    }

    @Test
    void rows_are_numbered_from_the_header_with_quoted_cells_and_a_byte_order_mark() {
        List<SheetRow> rows = read("\uFEFFphone,name\r\n0712345678,\"Wanjiku, Jane\"\n\n+254700000001,\"Say \"\"hi\"\"\"\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(rows).extracting(SheetRow::row).containsExactly(1L, 2L, 3L);
        assertThat(rows.get(0).cells()).containsExactly("phone", "name");
        assertThat(rows.get(1).cells()).containsExactly("0712345678", "Wanjiku, Jane");
        assertThat(rows.get(2).cells()).containsExactly("+254700000001", "Say \"hi\"");
    }

    @Test
    void an_unclosed_quote_is_broken_quoting() {
        assertThatThrownBy(() -> read("phone,name\n0712345678,Jane\n0712345679,\"Amina\n0712345670,Otieno\n"
                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ContactSheets.UnreadableSheet.class, e -> {
                    assertThat(e.getMessage()).contains("broken quoting");
                    assertThat(e.row()).isEqualTo(3);
                });
    }

    @Test
    void latin1_bytes_are_not_utf8() {
        byte[] latin1 = "phone,name\n0712345678,Jos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> read(latin1)).isInstanceOfSatisfying(ContactSheets.UnreadableSheet.class,
                e -> {
                    assertThat(e.getMessage()).contains("not UTF-8", "column 2");
                    assertThat(e.row()).isEqualTo(2);
                });
    }

    @Test
    void an_empty_file_has_no_header() {
        assertThatThrownBy(() -> read(new byte[0])).isInstanceOf(ContactSheets.UnreadableSheet.class)
                .hasMessageContaining("header");
    }
}
