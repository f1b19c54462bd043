package io.chatnation.adapter.web.messaging;

import io.chatnation.domain.messaging.ContactDetails;
import io.chatnation.domain.messaging.WhatsAppUserId;
import io.chatnation.domain.shared.PhoneNumber;
import java.util.Map;
import java.util.stream.Collectors;

/** Contacts as CSV rows in the columns an import reads back (phone, name, language, labels), then the rest. */
final class ContactCsv {

    static final String HEADER = "phone,wa_user_id,name,language,labels,opted_out,blocked,created_at,custom_fields\r\n";

    private ContactCsv() {}

    static void row(StringBuilder out, ContactDetails c) {
        cell(out, c.phone().map(PhoneNumber::e164).orElse("")).append(',');
        cell(out, c.waUserId().map(WhatsAppUserId::value).orElse("")).append(',');
        cell(out, c.profile().name().orElse("")).append(',');
        cell(out, c.profile().language().orElse("")).append(',');
        cell(out, String.join(";", c.profile().labels())).append(',');
        out.append(c.optedOut()).append(',').append(c.blocked()).append(',').append(c.createdAt()).append(',');
        cell(out, json(c.profile().customFields())).append("\r\n");
    }

    /** Quotes every text cell, and defuses a leading = + - @ so a spreadsheet never runs it as a formula. */
    private static StringBuilder cell(StringBuilder out, String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("^\\+[0-9]+$")
                ? "'" + value : value;
        return out.append('"').append(safe.replace("\"", "\"\"")).append('"');
    }

    private static String json(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> quote(e.getKey()) + ":" + quote(e.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
